package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.site.render.ForkedRenderer;
import io.github.aimsplugin.site.render.RendererMain;
import io.github.aimsplugin.site.render.RendererSettings;
import io.github.aimsplugin.site.render.TestRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project's site rendered in this JVM and in a renderer JVM: the same files, byte for byte. */
class ForkedSiteTest {

    @TempDir
    Path work;

    @Test
    void theRendererJvmWritesTheSameBytesAsAsciidoctorInTheBuildsJvm() throws IOException {
        SiteInput input = SiteFixtures.input(SiteFixtures.exampleProject());
        Path inProcess = work.resolve("in-process/site");
        Path forked = work.resolve("fork/site");
        new SiteGenerator(TestRenderers.BUILD).generate(input, inProcess, null, "fingerprint");
        RendererSettings settings = new RendererSettings(RendererSettings.Mode.FORK, "512m", Duration.ofSeconds(300),
                RendererSettings.classPathOf(getClass().getClassLoader()), null, "forked-site-test",
                RendererMain.class.getName(), 1);
        SiteGenerator.Outcome outcome;
        try (ForkedRenderer renderer = ForkedRenderer.start(settings)) {
            outcome = new SiteGenerator(renderer).generate(input, forked, null, "fingerprint");
            assertThat(outcome.renderedWhere()).contains("in a renderer JVM (pid " + renderer.pid());
        }

        List<Path> files = files(inProcess);
        assertThat(files(forked)).isEqualTo(files);
        assertThat(files).filteredOn(file -> file.toString().endsWith(".html")).hasSizeGreaterThan(30);
        for (Path file : files) {
            assertThat(Files.mismatch(inProcess.resolve(file), forked.resolve(file))).as(file.toString())
                    .isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
