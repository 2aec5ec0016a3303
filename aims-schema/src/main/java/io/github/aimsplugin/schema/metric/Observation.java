package io.github.aimsplugin.schema.metric;

import java.time.LocalDate;

/**
 * One dated value of a metric in operation, as a monitoring export holds it.
 *
 * @param on the date the value was measured on
 * @param value the value
 * @param samples how many samples it rests on, or null when the binding does not count them
 */
public record Observation(LocalDate on, double value, Double samples) {}
