package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemImpactAssessedRuleTest {

    private final SystemImpactAssessedRule rule = new SystemImpactAssessedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("system-impact-assessed", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:2:1: [AISystem forecaster] AI system forecaster has no impact assessment of its own; risks in the register do not replace it; fix: add an ImpactAssessment with system: forecaster describing its impacts on individuals, groups and society (system-impact-assessed)",
                "src/main/aims/extra.yaml:15:1: [ImpactAssessment IA-thin] impact assessment IA-thin names no affected individuals, groups or society; fix: list who is affected under affected.individuals, groups, society and vulnerableGroups (system-impact-assessed)",
                "src/main/aims/extra.yaml:16:1: [ImpactAssessment IA-thin] impact assessment IA-thin names no impact on individuals, groups or society; fix: list each benefit and harm under impacts with its area, who it affects, severity and likelihood; the AI risks themselves belong in Risk records (system-impact-assessed)");
    }
}
