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

    /** The file {@code name} (such as {@code systems.yaml}) filled from {@code scope}. */
    static String render(String name, Map<String, Object> scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
