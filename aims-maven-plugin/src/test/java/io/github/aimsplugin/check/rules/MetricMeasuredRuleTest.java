package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.RuleConfiguration;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.check.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricMeasuredRuleTest {

    private final MetricMeasuredRule rule = new MetricMeasuredRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
        assertThat(RuleFixture.failing("metric-within-threshold", dir).run(rule)).as("measured, if failing").isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("metric-measured", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:13:5: [Objective OBJ-fair-approvals] OBJ-fair-approvals: approval-rate ratio"
                        + " was not measured: target/aims-metrics/scorecard-evaluation.json does not exist; control"
                        + " A.7.4; fix: run what writes it (written by ScorecardEvaluationTest) before aims:check (the"
                        + " check runs in verify, after the tests), or correct the source path (metric-measured)",
                "src/main/aims/extra.yaml:18:16: [Objective OBJ-fair-approvals] OBJ-fair-approvals: auc was not"
                        + " measured: reports/broken.json: line 3, column 1: malformed JSON; fix: correct what writes"
                        + " reports/broken.json or the binding's pointer (metric-measured)",
                "src/main/aims/extra.yaml:19:17: [Objective OBJ-fair-approvals] OBJ-fair-approvals: gini was not"
                        + " measured: reports/text.json: the value at '/gini' is a text of 4 characters, not shown,"
                        + " not a number; fix:"
                        + " correct what writes reports/text.json or the binding's pointer (metric-measured)");
    }

    @Test
    void skippedTestsAreAWarningNamingThemUnlessMetricsAreRequired(@TempDir Path dir) {
        RuleContext context = RuleFixture.failing("metric-measured", dir).context();
        RuleEngine engine = new RuleEngine(List.of(rule));
        List<Violation> byDefault = engine.run(with(context, context.settings().withBuild("-Dmaven.test.skip", null)),
                Map.of()).violations();
        assertThat(byDefault.get(0).format()).contains("OBJ-fair-approvals: approval-rate ratio was not measured in"
                + " this build: the tests were skipped (-Dmaven.test.skip), so ScorecardEvaluationTest did not write"
                + " target/aims-metrics/scorecard-evaluation.json; control A.7.4; fix: run the build with its tests to"
                + " measure it; -Daims.requireMetrics=true makes this an error (metric-measured)");
        assertThat(byDefault).extracting(Violation::level).as("a broken source is an error even so")
                .containsExactly(Level.WARNING, Level.ERROR, Level.ERROR);
        RuleContext required = with(context, context.settings().withTestsSkipped(true).withMetricsRequired(true));
        assertThat(engine.run(required, Map.of()).violations())
                .extracting(Violation::level).containsOnly(Level.ERROR);
        RuleContext notRequired = with(context, context.settings().withTestsSkipped(true).withMetricsRequired(false));
        assertThat(engine.run(notRequired, Map.of()).violations())
                .extracting(Violation::level).containsOnly(Level.WARNING);
        assertThat(engine.run(notRequired,
                Map.of(MetricMeasuredRule.ID, Level.ERROR)).violations())
                .as("an explicit level wins").extracting(Violation::level).containsOnly(Level.ERROR);
        assertThat(engine.run(context, Map.of()).violations()).as("tests ran: an error")
                .extracting(Violation::level).containsOnly(Level.ERROR);
    }

    @Test
    void aMissingMonitoringExportIsAnErrorWhetherOrNotTheTestsRan(@TempDir Path dir) throws Exception {
        RuleContext context = RuleFixture.failing("monitoring-current", dir).context();
        java.nio.file.Files.delete(dir.resolve("monitoring/fresh.properties"));
        RuleEngine engine = new RuleEngine(List.of(rule));
        List<Violation> skipped = engine.run(with(context, context.settings().withTestsSkipped(true)), Map.of())
                .violations();
        assertThat(skipped).extracting(Violation::format).containsExactly("src/main/aims/extra.yaml:19:36: [Monitoring"
                + " MON-drift] MON-drift: fresh has no monitoring export: monitoring/fresh.properties does not exist;"
                + " control A.6.2.6; fix: commit the monitoring export, or run the build step that writes it before"
                + " aims:check, or correct the source path (metric-measured)");
        assertThat(skipped).extracting(Violation::level).containsOnly(Level.ERROR);
    }

    @Test
    void requireMetricsIsTrueFalseOrUnset() {
        assertThat(RuleConfiguration.requireMetrics(null)).isNull();
        assertThat(RuleConfiguration.requireMetrics(" ")).isNull();
        assertThat(RuleConfiguration.requireMetrics("TRUE")).isTrue();
        assertThat(RuleConfiguration.requireMetrics("false")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleConfiguration.requireMetrics("yes"))
                .hasMessageContaining("aims.requireMetrics must be true, false or unset");
    }

    private static RuleContext with(RuleContext context, io.github.aimsplugin.check.CheckSettings settings) {
        return context.withSettings(settings);
    }

    @Test
    void withTestsSkippedAValueLeftByAnEarlierBuildWasNotMeasuredInThisOne(@TempDir Path dir) throws Exception {
        RuleContext context = RuleFixture.failing("metric-within-threshold", dir).context();
        java.time.Instant started = java.time.Instant.now().plusSeconds(60); // every fixture file is older
        RuleEngine engine = new RuleEngine(List.of(rule));
        RuleContext skipped = context.withSettings(context.settings().withBuild(true, started));
        List<String> lines = engine.run(skipped, Map.of()).violations().stream().map(Violation::format).toList();
        assertThat(lines).hasSize(6).first().asString().contains("OBJ-fair-approvals: approval-rate ratio was not"
                + " measured in this build: the tests were skipped (-DskipTests), and reports/scorecard-evaluation.json"
                + " was left by an earlier build (written ");
        RuleContext ran = context.withSettings(context.settings().withBuild(false, started));
        assertThat(engine.run(ran, Map.of()).violations()).as("tests ran: the files are this build's").isEmpty();
    }
}
