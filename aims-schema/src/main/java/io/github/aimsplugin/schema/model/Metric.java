package io.github.aimsplugin.schema.model;

import java.util.List;

/**
 * A value the build measures, bound to an Objective or Monitoring record: the file a test or an evaluation step
 * writes, how to pick the value out of it, and the threshold it must meet (clause 9.1).
 *
 * @param id the metric's id, unique within its record
 * @param title a short human name, for pages and messages; the id when absent
 * @param source the file, relative to the module directory (usually under {@code target/})
 * @param format json, junit, csv or properties
 * @param pointer json: the JSON Pointer of the number
 * @param test junit: {@code Class#method}, or {@code Class} for all its cases; 1 when passed, 0 when not
 * @param property junit: the name of a {@code <property>} holding a number
 * @param column csv: the header of the column
 * @param row csv: a data row number (1 = first after the header) or {@code last}
 * @param where csv: select the row whose cell in a column equals a value
 * @param key properties: the key
 * @param unit the unit, for readers
 * @param threshold the values that pass
 * @param producedBy what writes the source, for readers
 * @param risks the Risk records this metric watches
 * @param phase {@code release} (written by this build, A.6.2.4/A.6.2.5) or {@code operation} (read from a monitoring
 *     export, clause 9.1/A.6.2.6); release when absent
 * @param measuredOn operation: where each value's date is (a CSV column, a JSON Pointer or a properties key)
 * @param samples where the number of samples behind the value is (a CSV column, a JSON Pointer, a properties key or
 *     a JUnit property), for {@link Threshold#minSamples()}
 */
public record Metric(String id, String title, String source, String format, String pointer, String test,
        String property, String column, String row, Where where, String key, String unit, Threshold threshold,
        String producedBy, List<String> risks, String phase, String measuredOn, String samples) {

    public static final String RELEASE = "release";
    public static final String OPERATION = "operation";

    /** A CSV row selector: the row whose cell in {@code column} equals {@code equals}. */
    public record Where(String column, @com.fasterxml.jackson.annotation.JsonProperty("equals") String value) {}

    /**
     * The values that pass: at least {@code min}, at most {@code max}, and one of {@code allowed} when given.
     */
    public record Threshold(Double min, Double max, List<Double> allowed, Integer minSamples) {

        public Threshold {
            allowed = Lists.of(allowed);
        }

        /** A threshold without a least number of samples. */
        public Threshold(Double min, Double max, List<Double> allowed) {
            this(min, max, allowed, null);
        }

        /** Whether a value measured on {@code samples} samples (null: not counted) is too thin to judge. */
        public boolean tooFewSamples(Double samples) {
            return minSamples != null && (samples == null || samples < minSamples);
        }

        public boolean admits(double value) {
            return (min == null || value >= min) && (max == null || value <= max)
                    && (allowed.isEmpty() || allowed.stream().anyMatch(a -> Double.compare(a, value) == 0));
        }

        /** Why a value does not pass, as "0.74 < min 0.80"; null when it passes. */
        public String miss(double value) {
            if (min != null && value < min) {
                return Numbers.show(value) + " < min " + Numbers.show(min);
            }
            if (max != null && value > max) {
                return Numbers.show(value) + " > max " + Numbers.show(max);
            }
            if (!admits(value)) {
                return Numbers.show(value) + " not in allowed " + allowed.stream().map(Numbers::show).toList();
            }
            return null;
        }

        /** The threshold as a reader writes it: "min 0.80", "max 0.2", "min 0 and max 1", "one of [1]". */
        public String show() {
            List<String> parts = new java.util.ArrayList<>();
            if (min != null) {
                parts.add("min " + Numbers.show(min));
            }
            if (max != null) {
                parts.add("max " + Numbers.show(max));
            }
            if (!allowed.isEmpty()) {
                parts.add("one of " + allowed.stream().map(Numbers::show).toList());
            }
            return String.join(" and ", parts) + (minSamples == null ? "" : " on at least " + minSamples + " samples");
        }
    }

    public Metric {
        risks = Lists.of(risks);
        row = row == null ? "last" : row;
        phase = phase == null ? RELEASE : phase;
    }

    /** A release metric, as bound before metrics had a phase. */
    public Metric(String id, String title, String source, String format, String pointer, String test,
            String property, String column, String row, Where where, String key, String unit, Threshold threshold,
            String producedBy, List<String> risks) {
        this(id, title, source, format, pointer, test, property, column, row, where, key, unit, threshold, producedBy,
                risks, null, null, null);
    }

    /** Read from a monitoring export of the system in operation, not written by this build. */
    public boolean inOperation() {
        return OPERATION.equals(phase);
    }

    /** The same binding selecting another value of the same source: the date or the sample count beside a value. */
    public Metric reselect(String selector) {
        return switch (format) {
            case "json" -> new Metric(id, title, source, format, selector, null, null, null, row, where, null, unit,
                    threshold, producedBy, risks, phase, null, null);
            case "csv" -> new Metric(id, title, source, format, null, null, null, selector, row, where, null, unit,
                    threshold, producedBy, risks, phase, null, null);
            case "junit" -> new Metric(id, title, source, format, null, null, selector, null, row, where, null, unit,
                    threshold, producedBy, risks, phase, null, null);
            default -> new Metric(id, title, source, format, null, null, null, null, row, where, selector, unit,
                    threshold, producedBy, risks, phase, null, null);
        };
    }

    /** The title, or the id when there is none. */
    public String name() {
        return title == null ? id : title;
    }

    /** Where in the source the value is, as a reader writes it: "/approvalRateRatio", "column auc, last row". */
    public String selector() {
        return switch (format) {
            case "json" -> pointer;
            case "junit" -> test != null ? "test " + test : "property " + property;
            case "csv" -> inOperation() ? "column " + column + (where != null ? " where " + where.column() + " = "
                    + where.value() : "") + ", latest by " + measuredOn
                    : "column " + column + ", " + (where != null ? "row where " + where.column() + " = "
                    + where.value() : "last".equals(row) ? "last row" : "row " + row);
            case "properties" -> "key " + key;
            default -> format;
        };
    }
}
