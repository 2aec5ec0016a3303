package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.LogText;

/**
 * The one place that makes user text safe: for AsciiDoc pages ({@link #asciiDoc}) and for the few fragments of
 * HTML and SVG that the site writes itself ({@link #html}).
 *
 * <p>Every character that is not a letter, a digit or a space is written as a numeric character reference
 * ({@code |} becomes {@code &#124;}). Asciidoctor passes character references through to HTML, where the browser
 * shows the literal character; no AsciiDoc syntax survives — no macro ({@code link:}, {@code image:},
 * {@code xref:}, {@code pass:[]}), passthrough ({@code +++}), attribute reference or entry ({@code {name}},
 * {@code :name:}), table separator ({@code |}), include or conditional directive ({@code include::},
 * {@code ifdef::}), inline formatting or replacement — and no HTML ({@code <script>}, quotes of attributes).
 * Line breaks become spaces, so that text never starts a block, and bidirectional controls (U+202E and its kin)
 * are dropped, so that text reads in the order it is stored. Letters outside ASCII are kept as they are.
 */
public final class UserText {

    private UserText() {}

    public static String asciiDoc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                out.append(' ');
            } else if (LogText.isInvisibleControl(c)) {
                // dropped: control and direction characters have no place in a page
                continue;
            } else if (isPlain(c)) {
                out.append(c);
            } else if (c < 128) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes text for an HTML or SVG element or a quoted attribute value. The site's HTML fragments sit inside
     * AsciiDoc passthrough blocks, where a line of its own could end the block: line breaks become spaces.
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (isLineBreak(c)) {
                        out.append(' ');
                    } else if (!LogText.isInvisibleControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    }
}
