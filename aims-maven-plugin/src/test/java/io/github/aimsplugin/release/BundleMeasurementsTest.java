package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.schema.AimsModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle carries the values its build measured, and a later build reads them back for the trends. */
class BundleMeasurementsTest {

    @TempDir
    Path dir;

    @Test
    void aBundleRecordsEachMeasuredValueAndReadsItBack() throws IOException {
        AimsModel model = RuleFixture.failing("metric-within-threshold", dir.resolve("project")).validate().model();
        Path bundle = dir.resolve("aims-bundle.json");
        Files.write(bundle, ModelBundle.write(model, "p", "1.0"));
        assertThat(Files.readString(bundle)).contains("\"key\" : \"Objective/OBJ-fair-approvals/approval-rate-ratio\"",
                "\"outcome\" : \"fail\"", "\"threshold\" : \"min 0.8\"");
        BundleMeasurements.Release release = BundleMeasurements.read("1.0", bundle);
        assertThat(release.values()).containsEntry("Objective/OBJ-fair-approvals/approval-rate-ratio", 0.74)
                .containsEntry("Objective/OBJ-fair-approvals/auc", 0.81).containsEntry("Monitoring/MON-drift/psi", 0.31)
                .hasSize(6);
        assertThat(Files.readString(bundle)).contains("\"outcome\" : \"not enough data\"");
        assertThat(ModelBundle.write(model, "p", "1.0")).as("same inputs, same bytes")
                .isEqualTo(Files.readAllBytes(bundle));
    }

    @Test
    void aReleaseMetricThisBuildDidNotWriteIsRecordedAsNotMeasuredInThisBuild() throws IOException {
        AimsModel model = RuleFixture.failing("metric-measured", dir.resolve("project")).validate().model();
        String bundle = new String(ModelBundle.write(model, "p", "1.0"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bundle).contains("\"outcome\" : \"not measured in this build\"", "\"value\" : null");
    }

    @Test
    void valuesThatAreNotNumbersAreLeftOutAndNonBundlesRefused() throws IOException {
        Path bundle = dir.resolve("b.json");
        Files.writeString(bundle, "{\"format\": \"aims-bundle/2\", \"records\": [], \"measurements\": ["
                + "{\"key\": \"a\", \"value\": \"0.9\"}, {\"key\": \"b\", \"value\": null}, {\"key\": 3, \"value\": 1},"
                + " {\"key\": \"c\", \"value\": 1e999}, {\"key\": \"d\", \"value\": 0.5}]}");
        assertThat(BundleMeasurements.read("2.0", bundle).values()).containsOnlyKeys("d");
        Files.writeString(bundle, "{\"format\": \"something\"}");
        assertThatThrownBy(() -> BundleMeasurements.read("2.0", bundle)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not an AIMS bundle");
    }
}
