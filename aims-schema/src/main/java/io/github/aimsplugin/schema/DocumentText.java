package io.github.aimsplugin.schema;

/**
 * The one place that makes text fit for the character set of a document format, one function per format. Text from
 * records, class files and metric sources may hold characters a format forbids (U+FFFF, a C0 control, a lone
 * surrogate): one such character in a JUnit report makes the whole file invalid, and CI then drops it. Each is
 * replaced by U+FFFD, which marks the place; everything else is kept. Escaping for the markup itself (quotes,
 * {@code <}) stays with the writer of the format.
 */
public final class DocumentText {

    /** What a character the format forbids is replaced by. */
    public static final char REPLACEMENT = '\uFFFD';

    private DocumentText() {}

    /**
     * Text for XML 1.0 character data and attributes: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and well-formed
     * surrogate pairs; no other C0 control, no U+FFFE/U+FFFF, no lone surrogate.
     */
    public static String xml(String text) {
        return replace(text, true);
    }

    /** Text for a JSON document written as UTF-8: any character but a lone surrogate, which UTF-8 cannot encode. */
    public static String json(String text) {
        return replace(text, false);
    }

    /** Whether {@link #xml(String)} changes the text. */
    public static boolean fitsXml(String text) {
        return text == null || xml(text).equals(text);
    }

    private static String replace(String text, boolean xml) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = 1;
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                width = 2;
                allowed = true;
            } else if (Character.isSurrogate(c)) {
                allowed = false;
            } else {
                allowed = !xml || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.append(text, i, i + width);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }
}
