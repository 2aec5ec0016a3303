package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.MetricReading;
import io.github.aimsplugin.schema.metric.Measurements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Every metric bound to an Objective or Monitoring record has a value: a release metric was measured by this build,
 * an operation metric's monitoring export exists and holds it. A build that skipped its tests says so, as a warning
 * unless {@code aims.requireMetrics=true}.
 */
public final class MetricMeasuredRule implements Rule {

    public static final String ID = "metric-measured";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.METRICS);
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    /**
     * A warning when metrics are not required ({@code aims.requireMetrics=false}), unless {@code <rules>} sets the
     * level; unset (null) and true keep the error, and the rule itself then tells a build that skipped its tests.
     */
    @Override
    public Level defaultLevel(CheckSettings settings) {
        return Boolean.FALSE.equals(settings.requireMetrics()) ? Level.WARNING : defaultLevel();
    }

    @Override
    public String description() {
        return "Every bound metric has a value: measured by this build (release) or held by its monitoring export"
                + " (operation).";
    }

    @Override
    public String documentation() {
        return "A metric that was not measured is a gate that did not hold: release verification (A.6.2.4, A.6.2.5)"
                + " or monitoring in operation (9.1, A.6.2.6). When the tests are skipped the evaluation files are not"
                + " written: a warning naming the skipped tests, or an error with aims.requireMetrics=true.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Measurement measurement : Measurements.of(context.model())) {
            if (measurement.measured()) {
                if (!measurement.inOperation()) {
                    leftFromEarlierBuild(context, measurement).ifPresent(report);
                }
                continue;
            }
            boolean missing = measurement.reading().status() == MetricReading.Status.MISSING;
            if (missing && !measurement.inOperation() && context.settings().testsSkipped()) {
                report.accept(skipped(context, measurement, "the tests were skipped ("
                        + context.settings().testsSkippedBy() + "), so " + writer(measurement) + " did not write "
                        + measurement.metric().source()));
                continue;
            }
            String message;
            String hint;
            if (missing && measurement.inOperation()) {
                message = MetricText.subject(measurement) + " has no monitoring export: "
                        + measurement.reading().problem() + MetricText.standsFor(measurement);
                hint = "commit the monitoring export, or run the build step that writes it"
                        + MetricText.producer(measurement) + " before aims:check, or correct the source path";
            } else if (missing) {
                message = MetricText.subject(measurement) + " was not measured: " + measurement.reading().problem()
                        + MetricText.standsFor(measurement);
                hint = "run what writes it" + MetricText.producer(measurement) + " before aims:check (the check runs"
                        + " in verify, after the tests), or correct the source path";
            } else {
                message = MetricText.subject(measurement) + " was not measured: " + measurement.reading().problem();
                hint = "correct what writes " + measurement.metric().source() + MetricText.producer(measurement)
                        + " or the binding's " + selectorField(measurement);
            }
            report.accept(violation(measurement.record().locate(measurement.pointer() + "/source"),
                    measurement.record().kind().name(), measurement.record().id(), message, hint,
                    "metric:" + measurement.metric().id()));
        }
    }

    /**
     * A release metric this build did not measure because its tests were skipped: a warning unless
     * {@code aims.requireMetrics=true}, as JaCoCo's check skips with a note when there is no execution data.
     */
    private Violation skipped(RuleContext context, Measurement measurement, String why) {
        // false lowers the whole rule through its default level, so that an explicit <rules> level wins
        Boolean requireMetrics = context.settings().requireMetrics();
        boolean required = Boolean.TRUE.equals(requireMetrics);
        return new Violation(measurement.record().locate(measurement.pointer() + "/source"), ID,
                requireMetrics == null ? Level.WARNING : Level.ERROR, measurement.record().kind().name(), measurement.record().id(),
                MetricText.subject(measurement) + " was not measured in this build: " + why
                        + MetricText.standsFor(measurement),
                required ? "run the build with its tests (aims.requireMetrics=true requires every release metric in"
                        + " every build)"
                        : "run the build with its tests to measure it; -Daims.requireMetrics=true makes this an error"
                        + (requireMetrics == null ? "" : ", false a warning"),
                "metric:" + measurement.metric().id());
    }

    /** The test that writes a metric, or "the tests" when the binding does not say. */
    private static String writer(Measurement measurement) {
        return measurement.metric().producedBy() == null ? "the tests" : measurement.metric().producedBy();
    }

    /**
     * With the tests skipped, a source that exists was written by an earlier build ({@code mvn verify -DskipTests}
     * without {@code clean}): its value was not measured in this build, and the line says so.
     */
    private Optional<Violation> leftFromEarlierBuild(RuleContext context, Measurement measurement) {
        Instant started = context.settings().buildStarted();
        if (!context.settings().testsSkipped() || started == null) {
            return Optional.empty();
        }
        Path source = measurement.record().origin().baseDirectory().resolve(measurement.metric().source());
        Instant written;
        try {
            written = Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!written.isBefore(started)) {
            return Optional.empty();
        }
        return Optional.of(skipped(context, measurement, "the tests were skipped ("
                + context.settings().testsSkippedBy() + "), and " + measurement.metric().source()
                + " was left by an earlier build (written " + written.truncatedTo(ChronoUnit.SECONDS) + ")"));
    }

    private static String selectorField(Measurement measurement) {
        return switch (measurement.metric().format()) {
            case "json" -> "pointer";
            case "junit" -> measurement.metric().test() != null ? "test" : "property";
            case "csv" -> "column or row";
            default -> "key";
        };
    }
}
