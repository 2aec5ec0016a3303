package io.github.aimsplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion split across renderer JVMs gives the bytes of one renderer, and survives one that fails. */
class RendererPoolTest {

    @TempDir
    Path work;

    @Test
    void howManyRendererJvmsASiteIsSplitAcross() {
        assertThat(RendererPool.jvmsFor(0, 8)).isEqualTo(1);
        assertThat(RendererPool.jvmsFor(RendererPool.PAGES_PER_JVM * 2 - 1, 8)).isEqualTo(1);
        assertThat(RendererPool.jvmsFor(RendererPool.PAGES_PER_JVM * 2, 8)).isEqualTo(2);
        assertThat(RendererPool.jvmsFor(RendererPool.PAGES_PER_JVM * 100, 8)).isEqualTo(8);
        assertThat(RendererPool.jvmsFor(RendererPool.PAGES_PER_JVM * 100, 1)).isEqualTo(1);
    }

    @Test
    void twoRendererJvmsWriteTheBytesOfOneAndAFailingOneGivesItsPagesBack() throws IOException {
        List<Path> pages = pages(70);
        RenderOptions options = RenderOptions.embeddedHtml(work, Map.of("reproducible", ""));
        Map<String, String> alone = convert(TestRenderers.BUILD, pages, options);
        assertThat(alone).hasSize(70);

        List<String> log = new ArrayList<>();
        try (ForkedRenderer one = ForkedRenderer.start(settings(RendererMain.class));
                ForkedRenderer two = ForkedRenderer.start(settings(RendererMain.class));
                ForkedRenderer crashing = ForkedRenderer.start(settings(FakeRenderers.Crashing.class))) {
            Map<String, String> split = new ConcurrentHashMap<>();
            Renderer.Conversion done = new RendererPool(List.of(one, two), log::add).convert(pages, options,
                    (source, title, body) -> split.put(source.getFileName().toString(), title + "\n" + body));
            assertThat(new TreeMap<>(split)).isEqualTo(alone);
            assertThat(done.messages()).isEmpty();

            Map<String, String> survived = new ConcurrentHashMap<>();
            new RendererPool(List.of(one, crashing), log::add).convert(pages, options,
                    (source, title, body) -> survived.put(source.getFileName().toString(), title + "\n" + body));
            assertThat(new TreeMap<>(survived)).isEqualTo(alone);
            assertThat(log).singleElement().asString().contains("a renderer JVM failed")
                    .contains("the others convert its pages");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a hang is the defect: without the fix this test never ends
    void anErrorWhileWritingAPageEndsTheConversionInsteadOfHangingIt() throws Exception {
        List<Path> pages = pages(60);
        RenderOptions options = RenderOptions.embeddedHtml(work, Map.of());
        Renderer writesEach = new Renderer() {
            @Override public void preparePdf() {}
            @Override public String version() { return "test"; }
            @Override public Conversion convert(List<Path> sources, RenderOptions o, PageSink sink) {
                for (Path source : sources) {
                    try {
                        sink.accept(source, "t", "b");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return new Conversion(0, 0, List.of());
            }
            @Override public Conversion convertToPdf(Path source, RenderOptions o) { throw new AssertionError(); }
            @Override public long bootMillis() { return 0; }
            @Override public String where() { return "test"; }
        };
        List<Path> written = java.util.Collections.synchronizedList(new ArrayList<>());
        RendererPool pool = new RendererPool(List.of(writesEach, writesEach), line -> { });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pool.convert(pages, options, (source, title, body) -> {
            if (source.getFileName().toString().equals("page-13.adoc")) {
                throw new StackOverflowError("a page too deep for the template");
            }
            written.add(source);
        })).isInstanceOf(StackOverflowError.class);
        int after = written.size();
        assertThat(after).isLessThan(60);
        Thread.sleep(300);
        assertThat(written).hasSize(after); // nothing is written once convert has returned
    }

    private List<Path> pages(int count) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // pages of different sizes, so that the largest-first order differs from the file order
            pages.add(Files.writeString(work.resolve("page-" + i + ".adoc"), "= Page " + i + "\n\n"
                    + "== Section\n\nText of page " + i + ". ".repeat(1 + i % 7) + "\n\n|===\n|a |b\n|" + i + " |"
                    + (i * 7) + "\n|===\n"));
        }
        return pages;
    }

    private static Map<String, String> convert(Renderer renderer, List<Path> pages, RenderOptions options) {
        Map<String, String> bodies = new ConcurrentHashMap<>();
        renderer.convert(pages, options, (source, title, body) -> bodies.put(source.getFileName().toString(),
                title + "\n" + body));
        return new TreeMap<>(bodies);
    }

    private static RendererSettings settings(Class<?> main) {
        return new RendererSettings(RendererSettings.Mode.FORK, "256m", Duration.ofSeconds(300),
                RendererSettings.classPathOf(RendererPoolTest.class.getClassLoader()), null, "renderer-pool-test",
                main.getName(), 2);
    }
}
