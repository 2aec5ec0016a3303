package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusionJustifiedRuleTest {

    private final ExclusionJustifiedRule rule = new ExclusionJustifiedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("exclusion-justified", dir).run(rule)).containsExactly(
                "src/main/aims/soa-2.yaml:121:1: [Control A.10.4] control A.10.4 is excluded with the placeholder \"N/A\" instead of a reason; fix: say why the control does not apply to this organisation and its AI systems, in at least 8 words (exclusion-justified)",
                "src/main/aims/soa-2.yaml:127:1: [Control A.10.3] control A.10.3 is excluded with a justification of 4 words, fewer than 8; fix: say why the control does not apply to this organisation and its AI systems, in at least 8 words (exclusion-justified)");
    }
}
