package io.github.aimsplugin.schema.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operation metrics: dated values from monitoring exports, the latest judged; sample counts beside any value. */
class OperationMetricReaderTest {

    @TempDir
    Path module;

    private final MetricReader reader = new MetricReader();

    private static Metric operation(String source, String format, String selector, String measuredOn,
            String samples, Metric.Where where, Integer minSamples) {
        return new Metric("m", null, source, format, "json".equals(format) ? selector : null, null, null,
                "csv".equals(format) ? selector : null, null, where, "properties".equals(format) ? selector : null,
                null, new Metric.Threshold(null, 0.2, null, minSamples), null, List.of(), Metric.OPERATION,
                measuredOn, samples);
    }

    private void write(String path, String content) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void aCsvExportIsASeriesJudgedOnItsLatestDate() throws IOException {
        // rows out of order: the latest by date counts, not the last row
        write("monitoring/drift.csv", "week,psi,n,segment\n2026-11-09,0.05,900,all\n2026-11-23,0.08,950,all\n"
                + "2026-11-16,0.31,20,new\n2026-11-02,0.04,880,all\n");
        MetricReading reading = reader.read(module, operation("monitoring/drift.csv", "csv", "psi", "week", "n",
                null, null));
        assertThat(reading.isMeasured()).isTrue();
        assertThat(reading.value()).isEqualTo(0.08);
        assertThat(reading.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(reading.samples()).isEqualTo(950.0);
        assertThat(reading.series()).extracting(Observation::on).containsExactly(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        MetricReading segment = reader.read(module, operation("monitoring/drift.csv", "csv", "psi", "week", "n",
                new Metric.Where("segment", "new"), null));
        assertThat(segment.series()).hasSize(1);
        assertThat(segment.value()).isEqualTo(0.31);
    }

    @Test
    void jsonAndPropertiesExportsHoldOneDatedValue() throws IOException {
        write("monitoring/latest.json", "{\"psi\": 0.07, \"on\": \"2026-11-23T06:00:00+01:00\", \"n\": 12}");
        MetricReading json = reader.read(module, operation("monitoring/latest.json", "json", "/psi", "/on", "/n",
                null, 100));
        assertThat(json.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(json.samples()).isEqualTo(12.0);
        write("monitoring/latest.properties", "psi=0.07\ndate=2026-11-20\n");
        MetricReading properties = reader.read(module, operation("monitoring/latest.properties", "properties", "psi",
                "date", null, null, null));
        assertThat(properties.value()).isEqualTo(0.07);
        assertThat(properties.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aReleaseMetricReadsItsSampleCountBeside() throws IOException {
        write("target/eval.json", "{\"ratio\": 0.9, \"cohort\": {\"size\": 40}}");
        Metric metric = new Metric("m", null, "target/eval.json", "json", "/ratio", null, null, null, null, null, null,
                null, new Metric.Threshold(0.8, null, null, 100), null, List.of(), null, null, "/cohort/size");
        assertThat(reader.read(module, metric).samples()).isEqualTo(40.0);
        assertThat(metric.threshold().tooFewSamples(40.0)).isTrue();
        assertThat(metric.threshold().tooFewSamples(100.0)).isFalse();
        assertThat(metric.threshold().show()).isEqualTo("min 0.8 on at least 100 samples");
    }

    @Test
    void anUnreadableDateIsNamedWithoutEchoingTheFile() throws IOException {
        write("monitoring/bad.csv", "week,psi\n2026-11-02,0.04\nsecret-token-here,0.05\n");
        MetricReading reading = reader.read(module, operation("monitoring/bad.csv", "csv", "psi", "week", null, null,
                null));
        assertThat(reading.isMeasured()).isFalse();
        assertThat(reading.problem()).isEqualTo("monitoring/bad.csv: row 2 of column 'week' is not a date written"
                + " YYYY-MM-DD (or an ISO date-time with an offset)").doesNotContain("secret");
        assertThat(reader.read(module, operation("monitoring/bad.csv", "csv", "psi", "day", null, null, null))
                .problem()).isEqualTo("monitoring/bad.csv: has no column 'day'");
    }

    @Test
    void aDateOutOfEveryYearALocalDateHoldsIsNamedNotThrown() throws IOException {
        write("monitoring/far.csv", "week,psi\n-999999999-01-01T00:00+01:00,0.05\n");
        MetricReading reading = reader.read(module, operation("monitoring/far.csv", "csv", "psi", "week", null, null,
                null));
        assertThat(reading.problem()).isEqualTo("monitoring/far.csv: row 1 of column 'week' is not a date written"
                + " YYYY-MM-DD (or an ISO date-time with an offset)");
    }
}
