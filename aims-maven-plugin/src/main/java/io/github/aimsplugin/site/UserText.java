package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.LogText;
import java.util.regex.Pattern;

/**
 * The one place that makes user text safe: for AsciiDoc pages ({@link #asciiDoc}) and for the few fragments of
 * HTML and SVG that the site writes itself ({@link #html}).
 *
 * <p>For AsciiDoc, text is neutralised only where Asciidoctor would read it as markup, so that the {@code .adoc}
 * sources stay readable: {@code Clause 5.2 requires a policy; see A.8.2 (user information).} is written as it is.
 * The text is cut into words at spaces. A word that could take part in AsciiDoc syntax is wrapped whole in an
 * inline passthrough with only the special-character substitution, {@code pass:c[...]} (a {@code ]} inside is
 * written {@code \]}): Asciidoctor takes passthroughs out before every other inline substitution and puts their
 * text back with only {@code < > &} escaped, so nothing in it is read as a macro, attribute, format or
 * replacement. Two characters stay outside the passthrough: {@code |}, written {@code {vbar}}, because tables are
 * cut into cells before any substitution, and {@code \}, written {@code &#92;}, because a passthrough cannot end
 * with it. A word needs this when it holds
 * <ul>
 * <li>a character that begins inline syntax: {@code + $ { } [ ] < > * _ ` # ^ ~ | \ @ =} (passthroughs,
 * attribute references, macros, anchors, cross references, formatting marks, arrows, e-mail links, link
 * attributes), or a character reference such as {@code &lt;} or {@code &#60;};</li>
 * <li>a sequence that Asciidoctor reads: {@code ::} and {@code ;;} (description lists, directives such as
 * {@code include::} and block macros), {@code ://} (links), {@code ..} and {@code --} (ellipsis, dashes,
 * delimiters), {@code ((} and {@code ))} (index terms), {@code (C)}, {@code (R)}, {@code (TM)};</li>
 * <li>as the first word, a start that opens a block when the text stands at the start of a line (a paragraph of
 * its own): a heading, list, title, attribute, comment, quote or delimiter mark, an ordered-list number such as
 * {@code 1.} or {@code iv)}, or an admonition label such as {@code NOTE:}.</li>
 * </ul>
 * Everything else — letters, digits, spaces and ordinary punctuation such as {@code . , ; : ( ) ' " ? ! / % -} —
 * is written as it is. Line breaks become spaces and the text is trimmed, so it never starts a line of its own
 * beyond the one the template gives it; control characters and bidirectional controls (U+202E and its kin) are
 * dropped, so that text reads in the order it is stored. An apostrophe inside a word is left to Asciidoctor, which
 * shows it as a typographic apostrophe.
 */
public final class UserText {

    /** Characters that begin inline AsciiDoc syntax wherever they stand in a word. */
    private static final String INLINE_SYNTAX = "+${}[]<>*_`#^~|\\@=";

    /** Sequences that Asciidoctor reads as syntax, wherever they stand. */
    private static final String[] SYNTAX_SEQUENCES = {"::", ";;", "://", "..", "--", "((", "))"};

    /** The replacements that turn into symbols: (C) ©, (R) ®, (TM) ™. */
    private static final String[] SYMBOLS = {"(C)", "(R)", "(TM)"};

    /** First characters that open a block (or a line comment, or a table) at the start of a line. */
    private static final String LINE_START = ".-*\u2022#=>[:+|<'_`~^!,{\\";

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#?[A-Za-z0-9]+;");

    private static final Pattern LIST_OR_ADMONITION = Pattern.compile(
            "\\d+\\.|[A-Za-z]\\.|[IVXivx]+\\)|(NOTE|TIP|IMPORTANT|WARNING|CAUTION):");

    private UserText() {}

    /** Escapes text for any place of an AsciiDoc page: a paragraph, a title, a table cell, a list item, link text. */
    public static String asciiDoc(String text) {
        if (text == null) {
            return "";
        }
        String line = oneLine(text).strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        int at = 0;
        while (at < line.length()) {
            if (line.charAt(at) == ' ') {
                out.append(' ');
                at++;
                continue;
            }
            int end = line.indexOf(' ', at);
            end = end < 0 ? line.length() : end;
            String word = line.substring(at, end);
            if (isSyntax(word, at == 0, end == line.length())) {
                protect(word, out);
            } else {
                out.append(word);
            }
            at = end;
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
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Line breaks become spaces; control and direction characters, which have no place in a page, are dropped. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                out.append(' ');
            } else if (!LogText.isInvisibleControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSyntax(String word, boolean first, boolean last) {
        for (int i = 0; i < word.length(); i++) {
            if (INLINE_SYNTAX.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        for (String sequence : SYNTAX_SEQUENCES) {
            if (word.contains(sequence)) {
                return true;
            }
        }
        // A template may put "(" before the first word and ")" after the last: "(" + "C" + ")" is a replacement too.
        String probe = (first ? "(" : "") + word + (last ? ")" : "");
        for (String symbol : SYMBOLS) {
            if (probe.contains(symbol)) {
                return true;
            }
        }
        if (word.indexOf('&') >= 0 && CHARACTER_REFERENCE.matcher(word).find()) {
            return true;
        }
        return first && (LINE_START.indexOf(word.charAt(0)) >= 0 || word.startsWith("//")
                || LIST_OR_ADMONITION.matcher(word).matches());
    }

    /** {@code pass:c[...]} around the word, with {@code |} as {@code {vbar}} and {@code \} as {@code &#92;}. */
    private static void protect(String word, StringBuilder out) {
        boolean open = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '|' || c == '\\') {
                if (open) {
                    out.append(']');
                    open = false;
                }
                out.append(c == '|' ? "{vbar}" : "&#92;");
                continue;
            }
            if (!open) {
                out.append("pass:c[");
                open = true;
            }
            out.append(c == ']' ? "\\]" : String.valueOf(c));
        }
        if (open) {
            out.append(']');
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
