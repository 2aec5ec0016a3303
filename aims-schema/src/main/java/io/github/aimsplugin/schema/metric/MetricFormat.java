package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.model.Metric;

/** One file format a metric's value can be read from. */
interface MetricFormat {

    /** The metric's value in the content of its source; a {@link MetricException} says why there is none. */
    double read(byte[] content, Metric metric) throws MetricException;
}
