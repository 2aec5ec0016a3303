package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidualWithinAppetiteRuleTest {

    private final ResidualWithinAppetiteRule rule = new ResidualWithinAppetiteRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("residual-within-appetite", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:11:1: [Risk R-9] risk R-9 remains high (likelihood 4, severity 4), above the appetite 'medium', and is not formally accepted; fix: treat it further, or record its acceptance by designated management with approvedBy, approvedOn, rationale and an expiry still in the future (residual-within-appetite)",
                "src/main/aims/extra.yaml:24:1: [Risk R-10] risk R-10 is, with no residual rating, critical (likelihood 5, severity 5), above the appetite 'medium', and is not formally accepted; fix: treat it further, or record its acceptance by designated management with approvedBy, approvedOn, rationale and an expiry still in the future (residual-within-appetite)");
    }
}
