package io.github.aimsplugin.schema.metric;

import java.util.regex.Pattern;

/** Numbers as metric files write them: plain decimals only, finite; never NaN or infinity, never hexadecimal. */
final class MetricNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private MetricNumbers() {}

    static double parse(String text, String what) throws MetricException {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new MetricException(what + " is " + Excerpts.found(trimmed)
                    + ", not a number (a plain decimal such as 0.93 is expected)");
        }
        return finite(Double.parseDouble(trimmed), what);
    }

    static double finite(double value, String what) throws MetricException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new MetricException(what + " is " + value + ", not a finite number");
        }
        return value;
    }
}
