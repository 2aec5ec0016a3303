package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonconformityOnTrackRuleTest {

    private final NonconformityOnTrackRule rule = new NonconformityOnTrackRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("nonconformity-on-track", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:6:1: [Nonconformity NC-8] open nonconformity NC-8 has no corrective action; fix: add correctiveActions with owner, due date and status (or explain under rootCause why none is needed and close it) (nonconformity-on-track)",
                "src/main/aims/extra.yaml:15:69: [Nonconformity NC-9] corrective action 2 of NC-9 was due on 2026-10-31 and is still in-progress; fix: finish it (status done with completedOn) or agree a new due date with its owner (nonconformity-on-track)");
    }
}
