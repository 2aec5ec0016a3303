package io.github.aimsplugin.schema.metric;

import java.time.LocalDate;
import java.util.List;

/**
 * What reading one metric found: its value, or why there is none.
 *
 * @param status measured, missing (the source file is not there) or invalid (it is there but holds no usable value)
 * @param value the value when measured (an operation metric's latest)
 * @param problem why there is no value, naming the source (and its line and column when known); null when measured
 * @param samples how many samples the value rests on; null when not counted
 * @param measuredOn an operation metric's date of the latest value; null for a release metric
 * @param series an operation metric's dated values, oldest first; empty for a release metric
 */
public record MetricReading(Status status, Double value, String problem, Double samples, LocalDate measuredOn,
        List<Observation> series) {

    public enum Status { MEASURED, MISSING, INVALID }

    public MetricReading {
        series = series == null ? List.of() : List.copyOf(series);
    }

    public MetricReading(Status status, Double value, String problem) {
        this(status, value, problem, null, null, List.of());
    }

    public static MetricReading measured(double value) {
        return new MetricReading(Status.MEASURED, value, null);
    }

    /** A release value and the number of samples it rests on (null when not counted). */
    public static MetricReading measured(double value, Double samples) {
        return new MetricReading(Status.MEASURED, value, null, samples, null, List.of());
    }

    /** An operation metric's history, oldest first: judged on its latest value. */
    public static MetricReading observed(List<Observation> series) {
        Observation latest = series.get(series.size() - 1);
        return new MetricReading(Status.MEASURED, latest.value(), null, latest.samples(), latest.on(), series);
    }

    public static MetricReading missing(String problem) {
        return new MetricReading(Status.MISSING, null, problem);
    }

    public static MetricReading invalid(String problem) {
        return new MetricReading(Status.INVALID, null, problem);
    }

    public boolean isMeasured() {
        return status == Status.MEASURED;
    }
}
