package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Metric;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric bindings on Objective and Monitoring records: schema, model and the path rules of file evidence. */
class MetricBindingTest {

    @TempDir
    Path dir;

    private static final String STATUS = "status: on-track\nsystems: [scoring-model]\n";

    private FixtureProject withMetrics(String metrics) {
        return FixtureProject.copyOf("complete", dir).replace("performance.yaml", STATUS, STATUS + metrics);
    }

    @Test
    void aBindingIsReadIntoTheModel() {
        ValidationResult result = withMetrics("""
                metrics:
                  - id: approval-rate-ratio
                    title: approval-rate ratio
                    source: target/aims-metrics/evaluation.json
                    format: json
                    pointer: /approvalRateRatio
                    unit: ratio
                    threshold: { min: 0.80 }
                    producedBy: com.example.EvaluationTest
                    risks: [R-001]
                  - { id: drift, source: target/drift.csv, format: csv, column: psi, where: { column: cohort, equals: 2026-10 }, threshold: { max: 0.2 } }
                """).validate();
        assertThat(result.problems()).isEmpty();
        Metric metric = result.model().all(RecordKinds.OBJECTIVE).get(0).metrics().get(0);
        assertThat(metric.selector()).isEqualTo("/approvalRateRatio");
        assertThat(metric.threshold().miss(0.74)).isEqualTo("0.74 < min 0.8");
        assertThat(metric.threshold().show()).isEqualTo("min 0.8");
        Metric drift = result.model().all(RecordKinds.OBJECTIVE).get(0).metrics().get(1);
        assertThat(drift.selector()).isEqualTo("column psi, row where cohort = 2026-10");
        assertThat(drift.threshold().miss(0.31)).isEqualTo("0.31 > max 0.2");
    }

    @Test
    void eachFormatNeedsItsSelectorAndAThreshold() {
        assertThat(withMetrics("metrics: [{ id: a, source: target/a.json, format: json, threshold: { min: 1 } }]\n")
                .problems()).singleElement().asString().contains("metrics[0]").contains("pointer");
        assertThat(withMetrics("metrics: [{ id: a, source: target/a.csv, format: csv, threshold: {} }]\n").problems())
                .isNotEmpty().anySatisfy(line -> assertThat(line).contains("column"));
        assertThat(withMetrics("metrics: [{ id: a, source: target/a.xml, format: xml, threshold: { min: 1 } }]\n")
                .problems()).isNotEmpty().anySatisfy(line -> assertThat(line).contains("format"));
    }

    @Test
    void anOperationMetricNeedsItsDatesAMonitoringRecordAndADatedFormat() {
        assertThat(withMetrics("metrics: [{ id: a, phase: operation, source: m/a.csv, format: csv, column: psi,"
                + " threshold: { max: 0.2 } }]\n").problems()).isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("measuredOn"));
        assertThat(withMetrics("metrics: [{ id: a, source: m/a.csv, format: csv, column: psi,"
                + " threshold: { max: 0.2, minSamples: 100 } }]\n").problems()).isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("samples"));
        assertThat(withMetrics("metrics: [{ id: a, phase: operation, source: m/a.csv, format: csv, column: psi,"
                + " measuredOn: week, threshold: { max: 0.2 } }]\n").problems()).singleElement().asString()
                .contains("[Objective OBJ-1] metric 'a' is read in operation, but OBJ-1 is not a Monitoring record");
        ValidationResult counted = withMetrics("metrics: [{ id: a, source: m/a.csv, format: csv, column: psi,"
                + " samples: n, threshold: { max: 0.2, minSamples: 100 } }]\n").validate();
        assertThat(counted.problems()).isEmpty();
        assertThat(counted.model().all(RecordKinds.OBJECTIVE).get(0).metrics().get(0).threshold().minSamples())
                .isEqualTo(100);
    }

    @Test
    void sourcesFollowThePathRulesOfEvidence() {
        assertThat(withMetrics("metrics: [{ id: a, source: ../other/a.json, format: json, pointer: /a, threshold: { min: 1 } }]\n")
                .problems()).containsExactly("src/main/aims/performance.yaml:11:20: [Objective OBJ-1] metric source"
                        + " '../other/a.json' lies outside the project directory; evidence must be kept inside the"
                        + " project (metric-binding)");
        assertThat(withMetrics("metrics: [{ id: a, source: /tmp/a.json, format: json, pointer: /a, threshold: { min: 1 } }]\n")
                .problems()).singleElement().asString().contains("is absolute");
    }

    @Test
    void idsAreUniqueAndThresholdsSatisfiable() {
        assertThat(withMetrics("""
                metrics:
                  - { id: a, source: target/a.json, format: json, pointer: /a, threshold: { min: 1, max: 0.5 } }
                  - { id: a, source: target/a.json, format: json, pointer: /b, threshold: { min: 1 } }
                  - { id: b, source: target/a.json, format: json, pointer: /b, threshold: { min: 1 }, risks: [R-404] }
                """).problems()).containsExactly(
                "src/main/aims/performance.yaml:12:64: [Objective OBJ-1] threshold min 1 is above max 0.5; no value can"
                        + " pass (metric-binding)",
                "src/main/aims/performance.yaml:13:7: [Objective OBJ-1] metric id 'a' appears twice in OBJ-1; give each"
                        + " metric of a record its own id (metric-binding)",
                "src/main/aims/performance.yaml:14:95: [Objective OBJ-1] metrics[2].risks[0] names Risk 'R-404', which"
                        + " is not declared; did you mean 'R-002'? (unknown-reference)");
    }

    @Test
    void aModelsMetricsAreReadFromTheFilesAsTheyAreNow() throws Exception {
        FixtureProject project = withMetrics(
                "metrics: [{ id: a, source: target/m.json, format: json, pointer: /a, threshold: { min: 0.8 } }]\n");
        java.nio.file.Files.createDirectories(dir.resolve("target"));
        java.nio.file.Files.writeString(dir.resolve("target/m.json"), "{\"a\": 0.7}");
        AimsModel model = project.validate().model();
        var first = io.github.aimsplugin.schema.metric.Measurements.of(model);
        assertThat(first).singleElement().satisfies(m -> assertThat(m.failed()).isTrue());
        assertThat(io.github.aimsplugin.schema.metric.Measurements.of(model)).isEqualTo(first);
        java.nio.file.Files.writeString(dir.resolve("target/m.json"), "{\"a\": 0.85}");
        assertThat(io.github.aimsplugin.schema.metric.Measurements.of(model)).singleElement()
                .satisfies(m -> assertThat(m.reading().value()).isEqualTo(0.85));
    }
}
