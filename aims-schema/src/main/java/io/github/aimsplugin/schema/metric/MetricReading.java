package io.github.aimsplugin.schema.metric;

/**
 * What reading one metric found: its value, or why there is none.
 *
 * @param status measured, missing (the source file is not there) or invalid (it is there but holds no usable value)
 * @param value the value when measured
 * @param problem why there is no value, naming the source (and its line and column when known); null when measured
 */
public record MetricReading(Status status, Double value, String problem) {

    public enum Status { MEASURED, MISSING, INVALID }

    public static MetricReading measured(double value) {
        return new MetricReading(Status.MEASURED, value, null);
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
