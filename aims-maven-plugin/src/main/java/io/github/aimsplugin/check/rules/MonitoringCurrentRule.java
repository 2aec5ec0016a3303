package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import io.github.aimsplugin.schema.metric.MonitoringFrequency;
import io.github.aimsplugin.schema.model.Monitoring;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Monitoring in operation happens on schedule: the latest value of every operation metric is no older than its
 * Monitoring record's frequency allows (one period and a grace, {@link MonitoringFrequency}), as of aims.today.
 */
public final class MonitoringCurrentRule implements Rule {

    public static final String ID = "monitoring-current";

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
        return "The latest value of every metric in operation is no older than its monitoring record's frequency"
                + " allows.";
    }

    @Override
    public String documentation() {
        return "Clause 9.1 asks when monitoring is performed and A.6.2.6 that the system in operation is monitored:"
                + " an export whose latest value is older than the record's frequency (and a grace) means monitoring"
                + " stopped. A value dated after aims.today is refused too.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        LocalDate today = context.today();
        for (Measurement measurement : Measurements.of(context.model())) {
            LocalDate on = measurement.reading().measuredOn();
            if (!measurement.inOperation() || on == null
                    || !(measurement.record().value() instanceof Monitoring monitoring)) {
                continue;
            }
            MonitoringFrequency frequency = MonitoringFrequency.of(monitoring.frequency());
            String message = null;
            String hint = "resume the " + monitoring.frequency() + " monitoring and commit its export (owner "
                    + monitoring.owner() + "), or change the record's frequency to what is done";
            if (on.isAfter(today)) {
                message = MetricText.subject(measurement) + ": the latest value in " + measurement.metric().source()
                        + " is dated " + on + ", after today (" + today + ")";
                hint = "correct the dates the export writes in " + measurement.metric().measuredOn()
                        + ", or set aims.today to the date the build stands for";
            } else if (frequency != null && frequency.stale(on, today)) {
                message = MetricText.subject(measurement) + ": monitoring stopped: the last value in "
                        + measurement.metric().source() + " is from " + on + ", " + ChronoUnit.DAYS.between(on, today)
                        + " days before " + today + "; " + frequency.allowance() + MetricText.standsFor(measurement);
            }
            if (message != null) {
                report.accept(violation(measurement.record().locate(measurement.pointer() + "/source"),
                        measurement.record().kind().name(), measurement.record().id(), message, hint,
                        "metric:" + measurement.metric().id()));
            }
        }
    }
}
