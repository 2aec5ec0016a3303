package io.github.aimsplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer JVM's lifecycle: it ends with its input, and a hung or crashed one fails the request clearly. */
class ForkedRendererTest {

    @TempDir
    Path work;

    private static RendererSettings settings(Class<?> main, Duration timeout) {
        return new RendererSettings(RendererSettings.Mode.FORK, "64m", timeout,
                RendererSettings.classPathOf(ForkedRendererTest.class.getClassLoader()), null, "forked-renderer-test",
                main.getName(), 1);
    }

    private RenderOptions html() {
        return RenderOptions.embeddedHtml(work, Map.of("reproducible", ""));
    }

    @Test
    void theRealRendererExitsWhenItsInputClosesEvenWhileBooting() throws Exception {
        ForkedRenderer renderer = ForkedRenderer.start(settings(RendererMain.class, Duration.ofSeconds(60)));
        ProcessHandle child = ProcessHandle.of(renderer.pid()).orElseThrow();
        assertThat(child.isAlive()).isTrue();
        assertThat(renderer.command())
                .contains("-XX:TieredStopAtLevel=1", "-Djruby.compile.mode=JIT",
                        "-Djruby.jit.threshold=" + RubyJit.DORMANT, "-Xmx64m",
                        "-Daims.renderer.owner=forked-renderer-test");

        renderer.process().getOutputStream().close(); // what the OS does when the build's JVM dies

        assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        renderer.close();
    }

    @Test
    void twoProjectsShareOneClassDataArchive() throws Exception {
        Path cache = work.resolve("cache");
        Path jar = java.nio.file.Files.writeString(work.resolve("renderer.jar"), "not really a jar");
        RendererSettings one = new RendererSettings(RendererSettings.Mode.FORK, "64m", Duration.ofSeconds(60),
                List.of(jar), cache, "/projects/one", FakeRenderers.NeverReady.class.getName(), 1);
        RendererSettings other = new RendererSettings(RendererSettings.Mode.FORK, "64m", Duration.ofSeconds(60),
                List.of(jar), cache, "/projects/other", FakeRenderers.NeverReady.class.getName(), 1);
        try (ForkedRenderer first = ForkedRenderer.start(one); ForkedRenderer second = ForkedRenderer.start(other)) {
            assertThat(stem(archiveFlag(first))).startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("renderer-"))
                    .isEqualTo(stem(archiveFlag(second)));
            assertThat(archiveFlag(first)).isNotEqualTo(archiveFlag(second)); // each writes a file of its own
        }
    }

    private static String archiveFlag(ForkedRenderer renderer) {
        return renderer.command().stream().filter(flag -> flag.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst().orElseThrow();
    }

    /** The archive's published name, without the per-JVM suffix of the file being written. */
    private static String stem(String flag) {
        return flag.substring(0, flag.indexOf(".jsa") + 4);
    }

    @Test
    void aHungRendererIsStoppedAfterTheTimeoutAndTheRequestSaysSo() throws Exception {
        try (ForkedRenderer renderer = ForkedRenderer.start(settings(FakeRenderers.Hanging.class,
                Duration.ofSeconds(2)))) {
            assertThat(renderer.version()).isEqualTo("fake");
            long start = System.nanoTime();

            assertThatThrownBy(() -> renderer.convert(List.of(work.resolve("a.adoc")), html(), (s, t, b) -> { }))
                    .isInstanceOf(RendererException.class)
                    .hasMessageContaining("pid " + renderer.pid())
                    .hasMessageContaining("did not answer within 2 s (aims.rendererTimeout) and was stopped");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
            assertThat(renderer.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            // Later requests fail the same way at once, rather than hanging again.
            assertThatThrownBy(() -> renderer.convertToPdf(work.resolve("a.adoc"),
                    RenderOptions.pdf(work, work.resolve("a.pdf"), Map.of())))
                    .hasMessageContaining("did not answer within 2 s");
        }
    }

    @Test
    void aCrashedRendererFailsTheRequestWithItsExitCodeAndLastWords() throws Exception {
        try (ForkedRenderer renderer = ForkedRenderer.start(settings(FakeRenderers.Crashing.class,
                Duration.ofSeconds(60)))) {
            renderer.awaitReady();

            assertThatThrownBy(() -> renderer.convert(List.of(work.resolve("a.adoc")), html(), (s, t, b) -> { }))
                    .isInstanceOf(RendererException.class)
                    .isNotInstanceOf(RendererException.Unavailable.class)
                    .hasMessageContaining("ended unexpectedly (exit code 3)")
                    .hasMessageContaining("boom: out of luck")
                    .hasMessageContaining("aims.renderer=in-process");
        }
    }

    @Test
    void aJvmCrashLeavesNoReportInTheProjectAndDeletesTheArchiveItMapped() throws Exception {
        // the fake crashes its JVM with kill -SEGV
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        Path cache = work.resolve("cache");
        Path jar = java.nio.file.Files.writeString(work.resolve("renderer.jar"), "not really a jar");
        RendererSettings crashing = new RendererSettings(RendererSettings.Mode.FORK, "64m", Duration.ofSeconds(60),
                List.of(jar), cache, "crash-test", FakeRenderers.CrashingJvm.class.getName(), 1);
        CdsArchive planted = CdsArchive.of(cache, List.of(jar), ForkedRenderer.flags(crashing).stream()
                .filter(flag -> !flag.startsWith("-Daims.renderer.owner=") && !flag.startsWith("-XX:ErrorFile="))
                .toList()).orElseThrow();
        java.nio.file.Files.createDirectories(cache);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(2 << 20).order(java.nio.ByteOrder.nativeOrder());
        java.nio.file.Files.write(planted.file(), bytes.putInt(CdsArchive.MAGIC).array());
        java.nio.file.Files.writeString(planted.file().resolveSibling(planted.file().getFileName() + ".crc"),
                CdsArchive.fingerprint(planted.file()));
        // the forked JVM would run in this directory; its class path is the test's own (the jar above is a stand-in)
        Path here = Path.of("").toAbsolutePath();
        RendererSettings real = new RendererSettings(RendererSettings.Mode.FORK, "64m", Duration.ofSeconds(60),
                RendererSettings.classPathOf(ForkedRendererTest.class.getClassLoader()), cache, "crash-test",
                FakeRenderers.CrashingJvm.class.getName(), 1);
        List<String> before = reports(here);

        try (ForkedRenderer renderer = ForkedRenderer.start(real)) {
            assertThat(renderer.command()).contains("-XX:+DisplayVMOutputToStderr", "-XX:-CreateCoredumpOnCrash")
                    .anySatisfy(flag -> assertThat(flag).startsWith("-XX:ErrorFile=" + ForkedRenderer.errorFile()
                            .getParent()));
            renderer.awaitReady();
            assertThatThrownBy(() -> renderer.convert(List.of(work.resolve("a.adoc")), html(), (s, t, b) -> { }))
                    .isInstanceOf(RendererException.class).hasMessageContaining("ended unexpectedly")
                    .hasMessageContaining("its crash report: " + ForkedRenderer.errorFile().getParent());
            Path report = Path.of(ForkedRenderer.errorFile().toString().replace("%p", String.valueOf(renderer.pid())));
            assertThat(report).as("the crash report goes to the temporary directory").isRegularFile();
            java.nio.file.Files.delete(report);
        }
        assertThat(reports(here)).as("no crash report in the working directory").isEqualTo(before);

        // with the archive in use (the class path here is a stand-in jar, so the JVM itself cannot start: the same end)
        try (ForkedRenderer renderer = ForkedRenderer.start(crashing)) {
            assertThat(renderer.usingArchive()).isTrue();
            assertThatThrownBy(renderer::awaitReady).hasMessageContaining("class-data archive was deleted");
        }
        assertThat(planted.file()).doesNotExist();
    }

    private static List<String> reports(Path directory) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("hs_err")
                    || name.startsWith("core")).sorted().toList();
        }
    }

    @Test
    void binaryOutputOfTheRendererIsCountedNotLogged() {
        assertThat(ForkedRenderer.printable("\u0000\u0001\ufffd\ufffd garbage \u0002\u0003\ue000"))
                .isEqualTo("<16 characters of binary output>");
        assertThat(ForkedRenderer.printable("Error: a\u001b[31m line")).isEqualTo("Error: a\\u001b[31m line");
        assertThat(ForkedRenderer.printable("x".repeat(400))).hasSize(301);
    }

    @Test
    void aRendererThatEndsBeforeItIsReadyIsUnavailableSoTheBuildCanFallBack() throws Exception {
        try (ForkedRenderer renderer = ForkedRenderer.start(settings(FakeRenderers.NeverReady.class,
                Duration.ofSeconds(60)))) {
            assertThatThrownBy(renderer::awaitReady)
                    .isInstanceOf(RendererException.Unavailable.class)
                    .hasMessageContaining("exit code 1")
                    .hasMessageContaining("cannot start");
        }
    }

    @Test
    void settingsRefuseWhatTheJvmWouldMisread() {
        assertThatThrownBy(() -> RendererSettings.Mode.parse("forked")).hasMessageContaining("fork or in-process");
        assertThat(RendererSettings.Mode.parse(" In-Process ")).isEqualTo(RendererSettings.Mode.IN_PROCESS);
        assertThatThrownBy(() -> new RendererSettings(RendererSettings.Mode.FORK, "-XX:+Danger", Duration.ofSeconds(1),
                List.of(), null, "", "x", 1)).hasMessageContaining("aims.rendererMaxHeap");
        assertThatThrownBy(() -> new RendererSettings(RendererSettings.Mode.FORK, "1g", Duration.ZERO,
                List.of(), null, "", "x", 1)).hasMessageContaining("aims.rendererTimeout");
    }
}
