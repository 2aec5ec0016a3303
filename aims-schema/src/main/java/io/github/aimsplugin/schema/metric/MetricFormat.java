package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.model.Metric;
import java.util.List;

/** One file format a metric's value can be read from: parsed once per file, then each metric's value selected. */
interface MetricFormat {

    /** The parsed content of a source; a {@link MetricException} says why it cannot be parsed. */
    Object parse(byte[] content) throws MetricException;

    /** The metric's value in a source this format parsed; a {@link MetricException} says why there is none. */
    double select(Object parsed, Metric metric) throws MetricException;

    /** The text at a selector of the metric's source (a date), or a {@link MetricException} saying why there is none. */
    default String text(Object parsed, Metric metric, String selector) throws MetricException {
        throw new MetricException("holds no dates in format " + metric.format() + "; bind an operation metric to a"
                + " csv, json or properties export");
    }

    /**
     * An operation metric's dated values, in the order of the source: one value with its date, unless the format holds
     * a history ({@link CsvMetricFormat}).
     */
    default List<Observation> observations(Object parsed, Metric metric) throws MetricException {
        double value = select(parsed, metric);
        String on = text(parsed, metric, metric.measuredOn());
        return List.of(new Observation(MetricDates.parse(on, "the date at " + metric.measuredOn()), value,
                samples(parsed, metric)));
    }

    /** The number of samples behind the metric's value, or null when the binding does not name where it is. */
    default Double samples(Object parsed, Metric metric) throws MetricException {
        return metric.samples() == null ? null : select(parsed, metric.reselect(metric.samples()));
    }
}
