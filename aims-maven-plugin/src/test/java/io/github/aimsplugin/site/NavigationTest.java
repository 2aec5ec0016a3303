package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docinfo header: drawn from the registry, replaced by a user's static header or template. */
class NavigationTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInHeaderLinksEveryPageOfTheNavigation() throws IOException {
        String header = new String(Navigation.bytes(new SiteTemplates(null), null), StandardCharsets.UTF_8);
        assertThat(header).startsWith("<nav class=\"aims-nav\" aria-label=\"AIMS site\">\n").endsWith("</nav>\n");
        Pages.navigation().forEach(page -> assertThat(header)
                .contains("  <a href=\"" + page.name() + ".html\">" + page.label() + "</a>\n"));
    }

    @Test
    void aUsersStaticHeaderIsUsedAsIsAndWinsOverTheirTemplate() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String own = "<nav>{{#links}}our own, not a template{{/links}} & more</nav>\n";
        Files.writeString(templates.resolve(Navigation.FILE), own);
        Files.writeString(templates.resolve(Navigation.TEMPLATE), "<nav>template</nav>\n");

        new SiteWriter(templates).write(SiteFixtures.input(SiteFixtures.exampleProject()), dir.resolve("site"));

        assertThat(Files.readString(dir.resolve("site/adoc/" + Navigation.FILE))).isEqualTo(own);
    }

    @Test
    void aUsersTemplateDrawsTheRegistrysLinks() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve(Navigation.TEMPLATE),
                "<ul>{{#links}}<li><a href=\"{{href}}\">{{label}}</a></li>{{/links}}</ul>\n");
        assertThat(new String(Navigation.bytes(new SiteTemplates(templates), templates), StandardCharsets.UTF_8)).startsWith("<ul><li><a href=\"index.html\">")
                .contains("<li><a href=\"soa.html\">Statement of Applicability</a></li>").endsWith("</ul>\n");
    }
}
