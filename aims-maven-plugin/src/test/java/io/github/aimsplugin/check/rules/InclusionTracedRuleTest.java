package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InclusionTracedRuleTest {

    private final InclusionTracedRule rule = new InclusionTracedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("inclusion-traced", dir).run(rule)).containsExactly(
                "src/main/aims/soa-2.yaml:12:1: [Control A.7.3] control A.7.3 is applicable but names no risk, impact assessment, interested party or policy; fix: list what calls for it under risks, impactAssessments, interestedParties or policies (inclusion-traced)");
    }
}
