package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import io.github.aimsplugin.schema.model.Numbers;
import io.github.aimsplugin.schema.model.Objective;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.Set;

/**
 * A metric lies within the threshold its Objective or Monitoring record sets. An Objective still before its due date
 * that misses is a warning (the target is not yet owed); a value on fewer samples than {@code minSamples} is "not
 * enough data", reported as a warning and neither passed nor failed.
 */
public final class MetricWithinThresholdRule implements Rule {

    public static final String ID = "metric-within-threshold";

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

    @Override
    public String description() {
        return "A metric measured by this build, or the latest value of a metric in operation, lies within the"
                + " threshold of its objective or monitoring record.";
    }

    @Override
    public String documentation() {
        return "Clause 9.1 asks that results are evaluated against criteria. A release metric is read from the file the"
                + " build's own tests or evaluation wrote (A.6.2.4, A.6.2.5), an operation metric from its monitoring"
                + " export (A.6.2.6). An objective before its due date that misses its target is a warning, after it an"
                + " error; a value on fewer than minSamples samples is not enough data, neither a pass nor a fail.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Measurement measurement : Measurements.of(context.model())) {
            if (measurement.notEnoughData()) {
                report.accept(notEnoughData(measurement));
            } else if (measurement.failed()) {
                report.accept(missed(measurement, context.today()));
            }
        }
    }

    private Violation missed(Measurement measurement, LocalDate today) {
        LocalDate due = measurement.record().value() instanceof Objective objective ? objective.due() : null;
        boolean notYetDue = due != null && today.isBefore(due);
        return new Violation(measurement.record().locate(measurement.pointer() + "/threshold"), ID,
                notYetDue ? Level.WARNING : Level.ERROR, measurement.record().kind().name(),
                measurement.record().id(),
                MetricText.subject(measurement) + " " + measurement.metric().threshold().miss(
                        measurement.reading().value()) + " (" + measurement.shownSource() + MetricText.on(measurement)
                        + ")" + (notYetDue ? ", before the objective's due date " + due : "")
                        + MetricText.standsFor(measurement),
                (notYetDue ? "meet the target by " + due + ": " : "")
                        + "improve the model until it meets the threshold, or have the record's owner revise the"
                        + " threshold with a reason; the value comes from " + measurement.metric().source()
                        + MetricText.producer(measurement),
                "metric:" + measurement.metric().id());
    }

    private Violation notEnoughData(Measurement measurement) {
        Double samples = measurement.reading().samples();
        return new Violation(measurement.record().locate(measurement.pointer() + "/threshold/minSamples"), ID,
                Level.WARNING, measurement.record().kind().name(), measurement.record().id(),
                MetricText.subject(measurement) + " has not enough data: " + Numbers.show(measurement.reading().value())
                        + " rests on " + (samples == null ? "an uncounted number of" : Numbers.show(samples))
                        + " samples, fewer than the " + measurement.metric().threshold().minSamples()
                        + " the threshold needs (" + measurement.shownSource() + MetricText.on(measurement)
                        + "); neither passed nor failed" + MetricText.standsFor(measurement),
                "judge it when " + measurement.metric().threshold().minSamples() + " samples are in, or have the"
                        + " record's owner lower minSamples with a reason",
                "metric:" + measurement.metric().id());
    }
}
