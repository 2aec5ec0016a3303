package io.github.aimsplugin.schema.metric;

/** A source that holds no usable value for a metric; the message is shown to the user as it is. */
final class MetricException extends Exception {

    private static final long serialVersionUID = 1L;

    MetricException(String message) {
        super(message, null, false, false);
    }

    /** "line 3, column 5: " when the position is known, else "". */
    static String at(long line, long column) {
        return line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
    }
}
