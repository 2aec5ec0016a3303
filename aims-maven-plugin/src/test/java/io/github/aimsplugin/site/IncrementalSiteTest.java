package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.bench.SyntheticAims;
import io.github.aimsplugin.site.render.TestRenderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering only what changed: a re-run keeps the HTML (and the PDF pack) of pages whose inputs are the last build's,
 * and the site it leaves is byte for byte the one a clean render of the same records writes.
 */
class IncrementalSiteTest {

    @TempDir
    Path work;

    @Test
    void aChangedRiskReRendersOnlyWhatShowsItAndTheSiteIsTheCleanRendersByteForByte() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 6, 60, 6);
        Path site = work.resolve("site");

        SiteGenerator.Outcome first = build(project, site, false);
        assertThat(first.kept()).isZero();
        SiteGenerator.Outcome same = build(project, site, false);
        assertThat(same.kept()).isEqualTo(same.pages());

        Path risks = project.resolve("src/main/aims/risks-0.yaml");
        Files.writeString(risks, Files.readString(risks, StandardCharsets.UTF_8)
                .replace("title: Risk number 7\n", "title: Risk number 7, reworded\n"), StandardCharsets.UTF_8);
        SiteGenerator.Outcome changed = build(project, site, false);
        assertThat(changed.kept()).isPositive().isLessThan(changed.pages() - 1);
        assertThat(Files.readString(site.resolve("risk-R-7.html"))).contains("Risk number 7, reworded");

        Path clean = work.resolve("clean");
        build(project, clean, false);
        assertSameFiles(site, clean);
    }

    @Test
    void aPageThatIsGoneLeavesNoHtmlBehind() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 6, 60, 6);
        Path site = work.resolve("site");
        build(project, site, false);
        assertThat(site.resolve("risk-R-59.html")).isRegularFile();

        SyntheticAims.write(project, 6, 50, 6);
        Files.delete(project.resolve("src/main/aims/risks-1.yaml"));
        build(project, site, false);

        Path clean = work.resolve("clean");
        build(project, clean, false);
        assertThat(site.resolve("risk-R-59.html")).doesNotExist();
        assertSameFiles(site, clean);
    }

    @Test
    void thePdfPackIsKeptWhileItsInputsAreUnchangedAndMadeAgainWhenOneChanges() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 2, 10, 2);
        Path site = work.resolve("site");
        SiteGenerator.Outcome first = build(project, site, true);
        assertThat(first.pdfKept()).isFalse();
        byte[] pdf = Files.readAllBytes(site.resolve(AuditPack.PDF));

        SiteGenerator.Outcome same = build(project, site, true);
        assertThat(same.pdfKept()).isTrue();
        assertThat(same.messages()).isEqualTo(first.messages());
        assertThat(Files.readAllBytes(site.resolve(AuditPack.PDF))).isEqualTo(pdf);

        Path risks = project.resolve("src/main/aims/risks-0.yaml");
        Files.writeString(risks, Files.readString(risks, StandardCharsets.UTF_8)
                .replace("title: Risk number 3\n", "title: Risk number 3, reworded\n"), StandardCharsets.UTF_8);
        SiteGenerator.Outcome changed = build(project, site, true);
        assertThat(changed.pdfKept()).isFalse();
        assertThat(Files.readAllBytes(site.resolve(AuditPack.PDF))).isNotEqualTo(pdf);
    }

    private static SiteGenerator.Outcome build(Path project, Path site, boolean pdf) throws IOException {
        return new SiteGenerator(TestRenderers.BUILD).generate(SiteFixtures.input(project), site, null,
                new SiteStamp("fingerprint", List.of()), pdf);
    }

    /** Both trees hold the same files with the same bytes. */
    private static void assertSameFiles(Path one, Path other) throws IOException {
        List<String> files = relativeFiles(one);
        assertThat(files).hasSizeGreaterThan(70);
        assertThat(relativeFiles(other)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.mismatch(one.resolve(file), other.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }
}
