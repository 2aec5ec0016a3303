package io.github.aimsplugin.init;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The text aims:init writes, as Mustache templates under {@code aims/init/} (data, like the site's pages). YAML is
 * not HTML: values are written as they are, and the code quotes what needs quoting.
 */
final class ScaffoldTemplates {

    private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory("aims/init") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private ScaffoldTemplates() {}

    /**
     * Text for inside a double-quoted YAML scalar: names read from class files and POMs may hold a backslash, a
     * quote or a control character (a line break would end the value), so each is written as a YAML escape.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A package or path as a YAML scalar: plain when it is one (the usual case), else double-quoted and escaped. */
    static String scalar(String text) {
        return text.matches("[A-Za-z_][\\w.$/-]*") ? text : "\"" + quoted(text) + "\"";
    }

    /** Text for a {@code #} comment: one line, whatever the class files hold, of characters YAML allows. */
    static String comment(String text) {
        return oneLine(text.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]+", " "));
    }

    /**
     * The text with every character that a YAML file may not hold (C0 and C1 controls but tab, line feed and carriage
     * return; U+FFFE, U+FFFF; a lone surrogate) or that would end a one-line value (a line break, U+2028, U+2029,
     * U+0085) replaced by U+FFFD. A record's names are one line ({@code line} in the schema), so a name found in a class
     * file or a POM is made one before it is written, and the scaffold says so beside it ({@link #replaced}).
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /** Whether {@link #oneLine} changes the text. */
    static boolean replaced(String text) {
        return !oneLine(text).equals(text);
    }

    private static final char REPLACEMENT = '\uFFFD';

    private static boolean allowed(char c) {
        return c == '\t' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD;
    }

    /** The file {@code name} (such as {@code systems.yaml}) filled from {@code scope}. */
    static String render(String name, Map<String, Object> scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
