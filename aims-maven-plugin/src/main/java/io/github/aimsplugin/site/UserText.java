package io.github.aimsplugin.site;

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
 * Line breaks become spaces, so that text never starts a block. Letters outside ASCII are kept as they are.
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
            if (c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // dropped: control characters have no place in a page
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

    /** Escapes text for an HTML or SVG element or a quoted attribute value. */
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
                    if (!Character.isISOControl(c) || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    }
}
