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

    /** Text for a {@code #} comment: one line, whatever the class files hold. */
    static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]+", " ");
    }

    /** The file {@code name} (such as {@code systems.yaml}) filled from {@code scope}. */
    static String render(String name, Map<String, Object> scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
