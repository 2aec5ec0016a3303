package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricWithinThresholdRuleTest {

    private final MetricWithinThresholdRule rule = new MetricWithinThresholdRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("metric-within-threshold", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:17:5: [Objective OBJ-fair-approvals] OBJ-fair-approvals: approval-rate ratio"
                        + " 0.74 < min 0.8 (reports/scorecard-evaluation.json /approvalRateRatio); controls A.5.4, A.7.4;"
                        + " risk R-1; fix: improve the model until it meets the threshold, or have the record's owner"
                        + " revise the threshold with a reason; the value comes from reports/scorecard-evaluation.json"
                        + " (written by ScorecardEvaluationTest) (metric-within-threshold)",
                "src/main/aims/extra.yaml:30:69: [Monitoring MON-drift] MON-drift: psi 0.31 > max 0.2"
                        + " (reports/drift.csv column psi, last row); control A.6.2.6; fix: improve the model until it"
                        + " meets the threshold, or have the record's owner revise the threshold with a reason; the"
                        + " value comes from reports/drift.csv (metric-within-threshold)");
    }
}
