package io.github.aimsplugin.site;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTML page around each body Asciidoctor converts ({@code page.html.mustache}): head, stylesheet, the shared
 * navigation of the docinfo header, the title, and the docinfo footer. Asciidoctor converts only the body, which
 * saves it a third of its work per page; the {@code .adoc} sources still convert on their own with the same docinfo.
 */
final class PageShell {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Mustache template;
    private final String generator;
    private final String docinfoHeader;
    private final String docinfoFooter;

    PageShell(SiteTemplates templates, Path adocDirectory, String generator) throws IOException {
        this.template = templates.htmlPage();
        this.generator = generator;
        this.docinfoHeader = read(adocDirectory.resolve("docinfo-header.html"));
        this.docinfoFooter = read(adocDirectory.resolve("docinfo-footer.html"));
    }

    /**
     * The whole page. The title and body come from Asciidoctor, which escaped every user string, so they go in as
     * HTML; the browser title is the same text without tags, as Asciidoctor's own standalone page has it.
     */
    String page(String titleHtml, String bodyHtml) {
        String title = titleHtml == null ? "" : titleHtml;
        StringWriter out = new StringWriter(bodyHtml.length() + 2048);
        template.execute(out, Map.of("generator", generator, "title", title,
                "titleText", TAG.matcher(title).replaceAll(""), "body", bodyHtml,
                "docinfoHeader", docinfoHeader, "docinfoFooter", docinfoFooter));
        return out.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).stripTrailing() : "";
    }
}
