package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCopyTest {

    @TempDir
    Path root;

    @Test
    void copiesThePagesAndAssetsButNotTheSourcesOrLinks() throws IOException {
        Path site = Files.createDirectories(root.resolve("aims-site/css"));
        Files.writeString(site.resolveSibling("index.html"), "<html></html>");
        Files.writeString(site.resolve("aims.css"), "body {}");
        Files.writeString(Files.createDirectories(root.resolve("aims-site/adoc")).resolve("index.adoc"), "= x");
        Path secret = Files.writeString(root.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(root.resolve("aims-site/leak.html"), secret);
        Path to = root.resolve("maven-site/aims-site");

        assertThat(SiteCopy.copyHtml(root.resolve("aims-site"), to)).isTrue();

        assertThat(to.resolve("index.html")).hasContent("<html></html>");
        assertThat(to.resolve("css/aims.css")).exists();
        assertThat(to.resolve("adoc")).doesNotExist();
        assertThat(to.resolve("leak.html")).doesNotExist();
    }

    @Test
    void withoutABuiltSiteThereIsNothingToCopy() throws IOException {
        assertThat(SiteCopy.copyHtml(root.resolve("none"), root.resolve("to"))).isFalse();
        assertThat(root.resolve("to")).doesNotExist();
    }
}
