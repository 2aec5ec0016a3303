package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionsNotOverdueRuleTest {

    private final ActionsNotOverdueRule rule = new ActionsNotOverdueRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("actions-not-overdue", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:6:1: [TreatmentAction TA-9] treatment action TA-9 was due on 2026-10-31 and is still in-progress; fix: finish it (status done with completedOn), or agree a new due date with its owner (actions-not-overdue)");
    }
}
