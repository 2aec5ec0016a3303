package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.model.Metric;

/** One file format a metric's value can be read from: parsed once per file, then each metric's value selected. */
interface MetricFormat {

    /** The parsed content of a source; a {@link MetricException} says why it cannot be parsed. */
    Object parse(byte[] content) throws MetricException;

    /** The metric's value in a source this format parsed; a {@link MetricException} says why there is none. */
    double select(Object parsed, Metric metric) throws MetricException;
}
