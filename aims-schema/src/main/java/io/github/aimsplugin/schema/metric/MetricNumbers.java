package io.github.aimsplugin.schema.metric;

import java.util.regex.Pattern;

/** Numbers as metric files write them: plain decimals only, finite; never NaN or infinity, never hexadecimal. */
final class MetricNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private MetricNumbers() {}

    static double parse(String text, String what) throws MetricException {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new MetricException(what + " is '" + shorten(trimmed) + "', not a number");
        }
        return finite(Double.parseDouble(trimmed), what);
    }

    static double finite(double value, String what) throws MetricException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new MetricException(what + " is " + value + ", not a finite number");
        }
        return value;
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
