package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.bench.SyntheticAims;
import io.github.aimsplugin.site.render.TestRenderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    @Test
    void aReRunWritesOnlyThePageSourcesThatChangedAndLeavesTheOthersUntouched() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 6, 60, 6);
        Path site = work.resolve("site");
        build(project, site, false);
        Map<String, byte[]> before = contents(site.resolve("adoc"));
        Map<String, FileTime> times = backdate(site);
        SiteGenerator.Outcome same = build(project, site, false);
        assertThat(same.written()).isZero();
        assertThat(times(site)).as("nothing written, nothing converted").isEqualTo(times);
        assertThat(times).containsKeys("adoc/risk-R-8.adoc", "risk-R-8.html", "css/aims.css");

        Path risks = project.resolve("src/main/aims/risks-0.yaml");
        Files.writeString(risks, Files.readString(risks, StandardCharsets.UTF_8)
                .replace("title: Risk number 7\n", "title: Risk number 7, reworded\n"), StandardCharsets.UTF_8);
        SiteGenerator.Outcome changed = build(project, site, false);

        Set<String> differing = differing(before, contents(site.resolve("adoc")));
        assertThat(differing).contains("risk-R-7.adoc", "risks.adoc").doesNotContain("risk-R-8.adoc");
        assertThat(changed.written()).isEqualTo(differing.size());
        Map<String, FileTime> after = times(site);
        times.forEach((file, time) -> {
            boolean rewritten = differing.contains(file.replace("adoc/", ""))
                    || differing.contains(file.replace(".html", ".adoc"));
            assertThat(after.get(file).equals(time)).as(file).isEqualTo(!rewritten);
        });
        assertSameFiles(site, clean(project, null));
    }

    @Test
    void aChangedTemplateRewritesThePagesMadeWithItOnly() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 6, 60, 6);
        Path site = work.resolve("site");
        Path templates = Files.createDirectories(work.resolve("templates"));
        build(project, site, templates);

        String risk = new String(SiteWriter.bytes("templates/risk.adoc.mustache", null), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("risk.adoc.mustache"), risk + "\nReviewed by the risk owner.\n");
        SiteGenerator.Outcome changed = build(project, site, templates);

        assertThat(changed.written()).isEqualTo(60);
        assertThat(changed.kept()).isEqualTo(changed.pages() - 60);
        assertThat(Files.readString(site.resolve("risk-R-3.html"))).contains("Reviewed by the risk owner.");
        assertSameFiles(site, clean(project, templates));
    }

    @Test
    void aChangedSettingRewritesThePagesThatShowIt() throws IOException {
        Path project = work.resolve("synthetic");
        SyntheticAims.write(project, 6, 60, 6);
        Path site = work.resolve("site");
        build(project, site, false);

        SiteInput plain = SiteFixtures.input(project);
        SiteInput withExports = new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(),
                plain.today(), plain.commit(), plain.pluginVersion(), plain.date(), plain.trail(), plain.changes(),
                List.of(io.github.aimsplugin.export.Exports.Format.OSCAL));
        SiteGenerator.Outcome changed = new SiteGenerator(TestRenderers.BUILD).generate(withExports, site, null,
                new SiteStamp("fingerprint", List.of()), false);

        assertThat(changed.written()).isEqualTo(1);
        assertThat(changed.kept()).isEqualTo(changed.pages() - 1);
        assertThat(Files.readString(site.resolve("adoc/index.adoc"))).contains("== Exports");
        Path clean = work.resolve("clean");
        new SiteGenerator(TestRenderers.BUILD).generate(withExports, clean, null,
                new SiteStamp("fingerprint", List.of()), false);
        assertSameFiles(site, clean);
    }

    private static SiteGenerator.Outcome build(Path project, Path site, boolean pdf) throws IOException {
        return new SiteGenerator(TestRenderers.BUILD).generate(SiteFixtures.input(project), site, null,
                new SiteStamp("fingerprint", List.of()), pdf);
    }

    private static SiteGenerator.Outcome build(Path project, Path site, Path templates) throws IOException {
        return new SiteGenerator(TestRenderers.BUILD).generate(SiteFixtures.input(project), site, templates,
                new SiteStamp("fingerprint", List.of()), false);
    }

    /** The same records rendered into a new folder. */
    private Path clean(Path project, Path templates) throws IOException {
        Path clean = work.resolve("clean");
        build(project, clean, templates);
        return clean;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String file : relativeFiles(folder)) {
            contents.put(file, Files.readAllBytes(folder.resolve(file)));
        }
        return contents;
    }

    private static Set<String> differing(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> differing = new TreeSet<>();
        after.forEach((file, bytes) -> {
            if (!before.containsKey(file) || !java.util.Arrays.equals(before.get(file), bytes)) {
                differing.add(file);
            }
        });
        return differing;
    }

    /** Sets every file's time to 1970, so that a rewrite shows however coarse the file system's clock; the times. */
    private static Map<String, FileTime> backdate(Path site) throws IOException {
        for (String file : times(site).keySet()) {
            Files.setLastModifiedTime(site.resolve(file), FileTime.fromMillis(0));
        }
        return times(site);
    }

    /** Each file's modification time, but the stamps' (every build writes them). */
    private static Map<String, FileTime> times(Path site) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String file : relativeFiles(site)) {
            if (!file.startsWith(".aims")) {
                times.put(file, Files.getLastModifiedTime(site.resolve(file)));
            }
        }
        return times;
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
