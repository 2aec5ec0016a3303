package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Audit;
import io.github.aimsplugin.schema.model.Risk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompleteProjectTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteProjectHasNoProblemsAndATypedModel() {
        ValidationResult result = FixtureProject.copyOf("complete", dir).validate();

        assertThat(result.problems()).isEmpty();
        assertThat(result.files()).isEqualTo(7);
        assertThat(result.model().countsByKind()).containsExactly(
                java.util.Map.entry("Scope", 1), java.util.Map.entry("Policy", 1),
                java.util.Map.entry("RiskCriteria", 1), java.util.Map.entry("AISystem", 2),
                java.util.Map.entry("Risk", 2), java.util.Map.entry("ImpactAssessment", 2),
                java.util.Map.entry("Control", 4), java.util.Map.entry("TreatmentAction", 1),
                java.util.Map.entry("Evidence", 1), java.util.Map.entry("Objective", 1),
                java.util.Map.entry("Monitoring", 1), java.util.Map.entry("Audit", 1),
                java.util.Map.entry("ManagementReview", 1), java.util.Map.entry("Nonconformity", 1));
        Audit audit = result.model().all(RecordKinds.AUDIT).get(0);
        assertThat(audit.findings()).extracting(Audit.Finding::clause).containsExactly("9.1", null);
        assertThat(audit.auditor().independent()).isTrue();
        assertThat(result.model().all(RecordKinds.NONCONFORMITY).get(0).correctiveActions().get(0).completedOn())
                .isEqualTo(java.time.LocalDate.of(2026, 10, 9));

        Risk bias = result.model().all(RecordKinds.RISK).get(0);
        assertThat(bias.id()).isEqualTo("R-001");
        assertThat(bias.treatment().controls()).containsExactly("A.5.4");
        assertThat(result.model().criteria().levelOf(bias.inherent())).hasValueSatisfying(
                level -> assertThat(level.id()).isEqualTo("high"));
        assertThat(result.model().criteria().withinAppetite(bias.residual())).isTrue();
        assertThat(result.model().defaultCriteria()).isFalse();
        assertThat(result.model().roles()).extracting("id").containsExactly("ceo", "ml-lead");
    }

    @Test
    void recordsKeepTheirSourceLocations() {
        ValidationResult result = FixtureProject.copyOf("complete", dir).validate();

        LoadedRecord second = result.model().find("Risk", "R-002").orElseThrow();
        assertThat(second.location().toString()).isEqualTo("src/main/aims/risks.yaml:20:1");
        assertThat(second.locate("/inherent/severity").toString()).isEqualTo("src/main/aims/risks.yaml:28:28");
        assertThat(second.locate("/acceptance/approvedBy").toString()).isEqualTo("src/main/aims/risks.yaml:33:3");
    }

    @Test
    void withoutRiskCriteriaTheBuiltInFiveByFiveApplies() throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        java.nio.file.Files.delete(project.aims("criteria.yaml"));

        ValidationResult result = project.validate();

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().defaultCriteria()).isTrue();
        assertThat(result.model().criteria().likelihood()).hasSize(5);
        assertThat(result.model().criteria().matrix()).allSatisfy(row -> assertThat(row).hasSize(5));
    }

    @Test
    void theBuiltInDefaultRiskCriteriaAreAValidRecord() throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        java.nio.file.Files.delete(project.aims("criteria.yaml"));
        try (var in = CompleteProjectTest.class.getResourceAsStream("/aims/catalog/default-risk-criteria.yaml")) {
            project.write("criteria.yaml", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(project.problems()).filteredOn(line -> line.contains("criteria.yaml")).isEmpty();
        assertThat(project.validate().model().criteria().severity()).extracting("description")
                .contains("Small, quickly reversible effect");
    }
}
