package io.github.aimsplugin.schema;

/**
 * The one place that makes text fit for one line of a build log or a message. Records, bundles, git authors and
 * commit messages are untrusted: a line break in an id would let them forge log lines ({@code [INFO] BUILD SUCCESS}),
 * an escape sequence would drive the terminal, and a bidirectional control (U+202E) would show text in another order
 * than it is. Such characters are written as visible escapes ({@code \n}, {@code \u202e}); everything else is kept.
 */
public final class LogText {

    private LogText() {}

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escapeOf(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped == null) {
                    out.append(c);
                } else {
                    out.append(escaped);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether a character changes how text around it is shown: a line break, a control or a direction mark. */
    public static boolean isInvisibleControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    /** The Unicode bidirectional formatting characters (marks, embeddings, overrides and isolates). */
    public static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> isInvisibleControl(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
