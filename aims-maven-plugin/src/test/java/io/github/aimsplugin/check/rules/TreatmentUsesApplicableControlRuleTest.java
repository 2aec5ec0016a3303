package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreatmentUsesApplicableControlRuleTest {

    private final TreatmentUsesApplicableControlRule rule = new TreatmentUsesApplicableControlRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("treatment-uses-applicable-control", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:10:50: [Risk R-9] risk R-9 is treated by A.10.4, which the Statement of Applicability excludes; fix: make A.10.4 applicable (with its justification) or treat the risk with another control (treatment-uses-applicable-control)");
    }
}
