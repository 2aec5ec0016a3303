package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.Violation;
import java.util.List;
import java.util.Map;
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
                        + " value comes from reports/drift.csv (metric-within-threshold)",
                "src/main/aims/extra.yaml:44:106: [Objective OBJ-letter-review] OBJ-letter-review: reviewed 0.97 < min 1"
                        + " (reports/scorecard-evaluation.json /letters/reviewed), before the objective's due date"
                        + " 2027-03-31; control A.9.2; fix: meet the target by 2027-03-31: improve the model until it"
                        + " meets the threshold, or have the record's owner revise the threshold with a reason; the"
                        + " value comes from reports/scorecard-evaluation.json (metric-within-threshold)",
                "src/main/aims/extra.yaml:50:28: [Objective OBJ-letter-review] OBJ-letter-review: reviewed-counted has"
                        + " not enough data: 0.97 rests on 40 samples, fewer than the 100 the threshold needs"
                        + " (reports/scorecard-evaluation.json /letters/reviewed); neither passed nor failed; control"
                        + " A.9.2; fix: judge it when 100 samples are in, or have the record's owner lower minSamples"
                        + " with a reason (metric-within-threshold)");
    }

    @Test
    void anObjectiveBeforeItsDueDateAndAValueOnTooFewSamplesAreWarnings(@TempDir Path dir) {
        List<Violation> violations = new RuleEngine(List.of(rule)).run(
                RuleFixture.failing("metric-within-threshold", dir).context(), Map.of()).violations();
        assertThat(violations).extracting(Violation::level).containsExactly(Level.ERROR, Level.ERROR, Level.WARNING,
                Level.WARNING);
    }
}
