package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 9.1: what is monitored or measured, how and how often, and the last result. */
public record Monitoring(
        String id,
        String subject,
        String method,
        String frequency,
        String owner,
        List<String> systems,
        List<String> objectives,
        List<String> controls,
        Result lastResult,
        List<Metric> metrics) implements AimsRecord {

    /** The last result, its date, and whether it was within the agreed limits. */
    public record Result(String value, LocalDate on, Boolean withinLimits) {}

    public Monitoring {
        systems = Lists.of(systems);
        objectives = Lists.of(objectives);
        controls = Lists.of(controls);
        metrics = Lists.of(metrics);
    }
}
