package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 6.2: a measurable AI objective, its target, owner and due date, and the last measured value. */
public record Objective(
        String id,
        String objective,
        String measure,
        String target,
        String owner,
        LocalDate due,
        Measured measured,
        String status,
        List<String> systems,
        List<String> controls,
        String resources,
        List<Metric> metrics) implements AimsRecord {

    /** The value last measured, and when. */
    public record Measured(String value, LocalDate on) {}

    public Objective {
        systems = Lists.of(systems);
        controls = Lists.of(controls);
        metrics = Lists.of(metrics);
    }
}
