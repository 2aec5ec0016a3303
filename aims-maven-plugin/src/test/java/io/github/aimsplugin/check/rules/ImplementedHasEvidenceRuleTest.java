package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementedHasEvidenceRuleTest {

    private final ImplementedHasEvidenceRule rule = new ImplementedHasEvidenceRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("implemented-has-evidence", dir).run(rule)).containsExactly(
                "src/main/aims/soa-2.yaml:23:1: [Control A.7.4] control A.7.4 is implemented but names no evidence; fix: add an Evidence record (a file in the project or a URL) and list its id under evidence, or set status to planned (implemented-has-evidence)");
    }
}
