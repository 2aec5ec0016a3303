package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskTreatedRuleTest {

    private final RiskTreatedRule rule = new RiskTreatedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("risk-treated", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:10:1: [Risk R-9] risk R-9 is critical before treatment, above the appetite 'medium', and its option 'mitigate' names no control and no treatment action; fix: list the Annex A controls that treat it under treatment.controls, or add a TreatmentAction with risks: [R-9] (risk-treated)");
    }
}
