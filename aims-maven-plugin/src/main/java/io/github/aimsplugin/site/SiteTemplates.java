package io.github.aimsplugin.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page templates ({@code aims/site/templates/*.adoc.mustache} of the site-template jar, or the same names in a
 * user's template directory, which win). Every {@code {{value}}} is escaped for AsciiDoc by {@link UserText}; only
 * {@code {{{value}}}} is not, and the site uses it solely for markup it builds itself from escaped parts. The HTML
 * page around each converted body ({@code page.html.mustache}) escapes {@code {{value}}} for HTML instead.
 */
public final class SiteTemplates {

    public static final String CLASSPATH_ROOT = "aims/site/templates";

    public static final String PAGE_TEMPLATE = "page.html.mustache";

    /** A line break of a chart template and the indentation after it, which the drawn chart leaves out. */
    private static final Pattern LAYOUT = Pattern.compile("\\n[ \\t]*");

    private final DefaultMustacheFactory factory;
    private final DefaultMustacheFactory htmlFactory;
    private final DefaultMustacheFactory svgFactory;

    public SiteTemplates(Path userTemplates) {
        MustacheResolver resolver = resolver(userTemplates);
        this.htmlFactory = new DefaultMustacheFactory(resolver);
        // Charts are SVG inside HTML passthrough blocks (and files of the PDF pack): their text is escaped for HTML.
        this.svgFactory = new DefaultMustacheFactory(resolver) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(UserText.html(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        this.factory = new DefaultMustacheFactory(resolver) {
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

    private static MustacheResolver resolver(Path userTemplates) {
        ClasspathResolver builtIn = new ClasspathResolver(CLASSPATH_ROOT);
        return name -> {
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
        };
    }

    /**
     * Renders {@code <page>.adoc.mustache} with a view: a record whose accessors are the template's keys, or
     * {@link Parts} whose records together are.
     */
    public String render(String page, Object view) {
        return execute(factory, page + ".adoc.mustache", view);
    }

    /**
     * A chart ({@code <template>.mustache}, such as {@code _bars.svg.mustache}) as one line of SVG: a line of its own
     * would end the passthrough block the chart sits in, so the template's line breaks and indentation are layout only.
     */
    String svg(SiteCharts.Chart chart) {
        return LAYOUT.matcher(execute(svgFactory, chart.template() + ".mustache", chart)).replaceAll("");
    }

    /** Renders an HTML template (its name with the extension, as {@link Navigation#TEMPLATE}), escaped for HTML. */
    String html(String template, Object view) {
        return execute(htmlFactory, template, view);
    }

    /** The compiled HTML page template; thread-safe, so every conversion thread may fill it. */
    public Mustache htmlPage() {
        try {
            return htmlFactory.compile(PAGE_TEMPLATE);
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + PAGE_TEMPLATE + " cannot be compiled: " + e.getMessage(), e);
        }
    }

    private static String execute(DefaultMustacheFactory factory, String name, Object view) {
        try {
            Mustache mustache = factory.compile(name);
            StringWriter out = new StringWriter();
            mustache.execute(out, view instanceof Parts parts ? new ArrayList<>(parts.scopes())
                    : new ArrayList<>(List.of(view)));
            return out.toString();
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + name + " cannot be rendered: " + e.getMessage(), e);
        }
    }
}
