package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageShellTest {

    @TempDir
    Path work;

    @Test
    void wrapsTheBodyWithTitleNavigationAndFooter() throws IOException {
        Path adoc = Files.createDirectories(work.resolve("adoc"));
        Files.writeString(adoc.resolve("docinfo-header.html"), "<nav>NAV</nav>\n");
        Files.writeString(adoc.resolve("docinfo-footer.html"), "<script src=\"js/aims.js\"></script>\n");
        PageShell shell = new PageShell(new SiteTemplates(null), adoc, "Asciidoctor 9.9 & co");

        String page = shell.page("Risk <em>R&#45;1</em>", "<div class=\"paragraph\">body</div>");

        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<title>Risk R&#45;1</title>")
                .contains("<h1>Risk <em>R&#45;1</em></h1>")
                .contains("content=\"Asciidoctor 9.9 &amp; co\"")
                .contains("<nav>NAV</nav>")
                .contains("<div id=\"content\">\n<div class=\"paragraph\">body</div>\n</div>")
                .contains("<link rel=\"stylesheet\" href=\"css/aims.css\">")
                .containsSubsequence("<nav>NAV</nav>", "<h1>", "body", "js/aims.js", "</html>");
    }

    @Test
    void aUserPageTemplateReplacesTheBuiltInOne() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve(SiteTemplates.PAGE_TEMPLATE), "<html><h1 class=\"mine\">{{{title}}}</h1>"
                + "{{{body}}}<p>{{generator}}</p></html>");
        PageShell shell = new PageShell(new SiteTemplates(templates), work, "<b>gen</b>");

        assertThat(shell.page("T", "B")).isEqualTo("<html><h1 class=\"mine\">T</h1>B<p>&lt;b&gt;gen&lt;/b&gt;</p></html>");
    }
}
