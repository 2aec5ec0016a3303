package io.github.aimsplugin.check.rules;

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

/**
 * Every metric bound to an Objective or Monitoring record was measured by this build: its source exists and holds
 * the value. A build that skipped its tests says so; {@code aims.requireMetrics=false} makes this a warning.
 */
public final class MetricMeasuredRule implements Rule {

    public static final String ID = "metric-measured";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Every bound metric was measured by this build: its source exists and holds a number.";
    }

    @Override
    public String documentation() {
        return "A metric that was not measured is a gate that did not hold. When tests are skipped the evaluation"
                + " files are not written; aims.requireMetrics=false turns this into a warning for such builds.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Measurement measurement : Measurements.of(context.model())) {
            if (measurement.measured()) {
                leftFromEarlierBuild(context, measurement).ifPresent(report);
                continue;
            }
            boolean missing = measurement.reading().status() == MetricReading.Status.MISSING;
            String message;
            String hint;
            if (missing && context.settings().testsSkipped()) {
                message = MetricText.subject(measurement) + " was not measured in this build: the tests were skipped,"
                        + " so " + measurement.metric().source() + " was not written" + MetricText.standsFor(measurement);
                hint = "run the build with its tests, or pass -Daims.requireMetrics=false to report this as a warning";
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
            written = Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS)
                    .toInstant();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!written.isBefore(started)) {
            return Optional.empty();
        }
        return Optional.of(violation(measurement.record().locate(measurement.pointer() + "/source"),
                measurement.record().kind().name(), measurement.record().id(),
                MetricText.subject(measurement) + " was not measured in this build: the tests were skipped, and "
                        + measurement.metric().source() + " was left by an earlier build (written "
                        + written.truncatedTo(ChronoUnit.SECONDS) + ")"
                        + MetricText.standsFor(measurement),
                "run the build with its tests (or mvn clean verify), or pass -Daims.requireMetrics=false to report"
                        + " this as a warning",
                "metric:" + measurement.metric().id()));
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
