package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptanceNotExpiredRuleTest {

    private final AcceptanceNotExpiredRule rule = new AcceptanceNotExpiredRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("acceptance-not-expired", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:11:79: [Risk R-9] the acceptance of risk R-9 by ceo expired on 2026-10-01 (today is 2026-11-28); fix: re-assess the risk and have its owner renew the acceptance with a new expiry, or treat it (acceptance-not-expired)");
    }
}
