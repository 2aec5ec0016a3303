package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import java.util.function.Consumer;

/** A metric this build measured lies within the threshold its Objective or Monitoring record sets. */
public final class MetricWithinThresholdRule implements Rule {

    public static final String ID = "metric-within-threshold";

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
        return "A metric measured by this build lies within the threshold of its objective or monitoring record.";
    }

    @Override
    public String documentation() {
        return "Clause 9.1 asks that results are evaluated against criteria; A.6.2.4 and A.6.2.6 ask for the evidence."
                + " The value is read from the file the build's own tests or evaluation wrote, so the gate holds on"
                + " every build.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Measurement measurement : Measurements.of(context.model())) {
            if (!measurement.failed()) {
                continue;
            }
            report.accept(violation(measurement.record().locate(measurement.pointer() + "/threshold"),
                    measurement.record().kind().name(), measurement.record().id(),
                    MetricText.subject(measurement) + " " + measurement.metric().threshold().miss(
                            measurement.reading().value()) + " (" + measurement.shownSource() + ")"
                            + MetricText.standsFor(measurement),
                    "improve the model until it meets the threshold, or have the record's owner revise the threshold"
                            + " with a reason; the value comes from " + measurement.metric().source()
                            + MetricText.producer(measurement),
                    "metric:" + measurement.metric().id()));
        }
    }
}
