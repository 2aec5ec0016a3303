package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
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
}
