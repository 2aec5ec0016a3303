package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.trail.RecordChange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFreshRuleTest {

    private final ReviewFreshRule rule = new ReviewFreshRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("review-fresh", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:14:1: [Risk R-9] the risk assessment of R-9 dates from 2025-06-01, older than the re-assessment interval of 12 months (due 2026-06-01); fix: re-assess, then update assessedOn and nextReview (review-fresh)",
                "src/main/aims/extra.yaml:38:1: [Risk R-10] the risk assessment of R-10 (2026-06-01) predates the significant change of AI system changed on 2026-09-01; fix: re-assess, then update assessedOn and nextReview to cover the change (review-fresh)",
                "src/main/aims/extra.yaml:52:1: [ImpactAssessment IA-overdue] the impact assessment of IA-overdue was due for review on 2026-10-01; fix: re-assess, then update assessedOn and nextReview (review-fresh)");
    }

    @Test
    void aCommittedChangeToASystemAfterTheAssessmentFailsUnlessMarkedMinor(@TempDir Path dir) {
        RecordChange change = new RecordChange("AISystem", "scorer", "src/main/aims/systems.yaml",
                "0123456789abcdef0123", Instant.parse("2026-07-01T09:00:00Z"), "Ada", "Switch to gradient boosting",
                false, "changed");
        RecordChange minor = new RecordChange("AISystem", "scorer", "src/main/aims/systems.yaml",
                "0123456789abcdef0123", Instant.parse("2026-07-01T09:00:00Z"), "Ada", "Fix a typo [minor-change]",
                true, "changed");

        assertThat(RuleFixture.passing(dir).withSystemChanges(Map.of("scorer", change)).run(rule)).containsExactly(
                "src/main/aims/impact.yaml:12:1: [ImpactAssessment IA-scorer] the impact assessment of IA-scorer (2026-06-05) predates a change to AI system scorer committed on 2026-07-01 (0123456789 'Switch to gradient boosting'); fix: re-assess, then update assessedOn and nextReview to cover the change, or mark a change that needs none with [minor-change] in the subject line of its commit message (review-fresh)",
                "src/main/aims/risks.yaml:14:1: [Risk R-1] the risk assessment of R-1 (2026-06-01) predates a change to AI system scorer committed on 2026-07-01 (0123456789 'Switch to gradient boosting'); fix: re-assess, then update assessedOn and nextReview to cover the change, or mark a change that needs none with [minor-change] in the subject line of its commit message (review-fresh)");
        assertThat(RuleFixture.passing(dir.resolve("again")).withSystemChanges(Map.of("scorer", minor)).run(rule))
                .isEmpty();
    }
}
