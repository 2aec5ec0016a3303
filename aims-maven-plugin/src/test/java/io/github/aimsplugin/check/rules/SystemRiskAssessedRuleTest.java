package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemRiskAssessedRuleTest {

    private final SystemRiskAssessedRule rule = new SystemRiskAssessedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("system-risk-assessed", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:2:1: [AISystem forecaster] AI system forecaster is in scope but no risk names it; fix: add its risks to the register (Risk records with systems: [forecaster]), or record noSignificantRisk with a justification and an approval (system-risk-assessed)");
    }
}
