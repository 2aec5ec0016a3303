package io.github.aimsplugin.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The page templates ({@code aims/site/templates/*.adoc.mustache} of the site-template jar, or the same names in a
 * user's template directory, which win). Every {@code {{value}}} is escaped for AsciiDoc by {@link UserText}; only
 * {@code {{{value}}}} is not, and the site uses it solely for markup it builds itself from escaped parts.
 */
public final class SiteTemplates {

    public static final String CLASSPATH_ROOT = "aims/site/templates";

    private final DefaultMustacheFactory factory;

    public SiteTemplates(Path userTemplates) {
        ClasspathResolver builtIn = new ClasspathResolver(CLASSPATH_ROOT);
        this.factory = new DefaultMustacheFactory(name -> {
            if (userTemplates != null) {
                Path candidate = userTemplates.resolve(name).normalize();
                if (candidate.startsWith(userTemplates.normalize()) && Files.isRegularFile(candidate)) {
                    return new FileSystemResolver(userTemplates.toFile()).getReader(name);
                }
            }
            Reader reader = builtIn.getReader(name);
            if (reader == null) {
                throw new IllegalStateException("no template " + name + " in the site-template jar");
            }
            return reader;
        }) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(UserText.asciiDoc(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Renders {@code <page>.adoc.mustache} with a view (maps, lists and strings). */
    public String render(String page, Object view) {
        try {
            Mustache mustache = factory.compile(page + ".adoc.mustache");
            StringWriter out = new StringWriter();
            mustache.execute(out, view);
            return out.toString();
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + page + " cannot be rendered: " + e.getMessage(), e);
        }
    }
}
