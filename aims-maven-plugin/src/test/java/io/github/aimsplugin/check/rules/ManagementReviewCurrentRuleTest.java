package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagementReviewCurrentRuleTest {

    private final ManagementReviewCurrentRule rule = new ManagementReviewCurrentRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("management-review-current", dir).run(rule)).containsExactly(
                "src/main/aims/performance.yaml:14:1: [ManagementReview MR-2025] the last management review (MR-2025, 2025-10-20) is more than 12 months old; fix: hold the next management review and record it (management-review-current)",
                "src/main/aims/performance.yaml:16:1: [ManagementReview MR-2025] management review MR-2025 did not consider context-changes, interested-party-changes, nonconformities, monitoring-results, improvement-opportunities; fix: cover these clause 9.3.2 inputs in the review (or in the next one) and list them under inputs (management-review-current)");
    }
}
