package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectiveActionEffectivenessReviewedRuleTest {

    private final CorrectiveActionEffectivenessReviewedRule rule = new CorrectiveActionEffectivenessReviewedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("corrective-action-effectiveness-reviewed", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:9:1: [Nonconformity NC-7] nonconformity NC-7 is closed without a review of the effectiveness of its corrective actions; fix: add effectiveness (reviewedOn, reviewedBy, effective) once the actions have had time to work, or reopen it (corrective-action-effectiveness-reviewed)",
                "src/main/aims/extra.yaml:20:59: [Nonconformity NC-8] nonconformity NC-8 is closed although its corrective actions were found not effective; fix: reopen it and add corrective actions that address the root cause (corrective-action-effectiveness-reviewed)",
                "src/main/aims/extra.yaml:33:1: [Nonconformity NC-9] nonconformity NC-9 is closed while corrective actions are still open; fix: finish or cancel the open actions before closing it (corrective-action-effectiveness-reviewed)");
    }
}
