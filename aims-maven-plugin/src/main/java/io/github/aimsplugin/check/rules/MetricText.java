package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.schema.metric.Measurement;

/** How the metric rules name a metric and what it stands for, so that both say it the same way. */
final class MetricText {

    private MetricText() {}

    /** "OBJ-fair-approvals: approval-rate ratio". */
    static String subject(Measurement measurement) {
        return measurement.record().id() + ": " + measurement.metric().name();
    }

    /** "; controls A.5.4, A.7.4; risk R-01", or "" when the record names neither. */
    static String standsFor(Measurement measurement) {
        StringBuilder text = new StringBuilder();
        if (!measurement.controls().isEmpty()) {
            text.append("; control").append(measurement.controls().size() > 1 ? "s " : " ")
                    .append(String.join(", ", measurement.controls()));
        }
        if (!measurement.metric().risks().isEmpty()) {
            text.append("; risk").append(measurement.metric().risks().size() > 1 ? "s " : " ")
                    .append(String.join(", ", measurement.metric().risks()));
        }
        return text.toString();
    }

    /** ", written by com.x.EvaluationTest" or "". */
    static String producer(Measurement measurement) {
        String producedBy = measurement.metric().producedBy();
        return producedBy == null ? "" : " (written by " + producedBy + ")";
    }

    /** ", measured on 2026-11-23" for an operation metric, or "". */
    static String on(Measurement measurement) {
        return measurement.reading().measuredOn() == null ? "" : ", measured on " + measurement.reading().measuredOn();
    }
}
