package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditProgrammeCurrentRuleTest {

    private final AuditProgrammeCurrentRule rule = new AuditProgrammeCurrentRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("audit-programme-current", dir).run(rule)).containsExactly(
                "src/main/aims/performance.yaml:9:1: [Audit IA-2025] the last internal audit (IA-2025, 2025-09-03) is more than 12 months old; fix: carry out the next audit of the programme and record it (audit-programme-current)",
                "src/main/aims/performance.yaml:18:31: [Audit IA-2026] internal audit IA-2026 was done by an auditor who is not independent of the audited area; fix: have the area audited by someone outside it (another team, group internal audit or an external auditor) (audit-programme-current)");
    }
}
