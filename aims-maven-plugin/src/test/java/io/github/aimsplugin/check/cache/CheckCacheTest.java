package io.github.aimsplugin.check.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file gives back exactly the entry stored under a key, and nothing from a file that is not one. */
class CheckCacheTest {

    private static final String KEY = "a".repeat(64);

    @TempDir
    Path target;

    private CheckCache.Entry entry(List<Watched> watched) {
        return new CheckCache.Entry(KEY, List.of(new CheckCache.Line('I', "first line"),
                new CheckCache.Line('E', "src/main/aims/soa.yaml:1:1: ünïcode \n and a newline"),
                new CheckCache.Line('W', "")), Map.of("aims-check.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "TEST-aims-check.xml", new byte[] {0, 1, 2, (byte) 0xff}), "AIMS check failed: 1 error", watched);
    }

    @Test
    void anEntryComesBackWhole() {
        CheckCache cache = new CheckCache(target);
        cache.store(entry(List.of()));

        CheckCache.Entry read = cache.find(KEY, null, false).orElseThrow();

        assertThat(read.lines()).isEqualTo(entry(List.of()).lines());
        assertThat(read.failure()).isEqualTo("AIMS check failed: 1 error");
        assertThat(read.reports()).containsOnlyKeys("aims-check.json", "TEST-aims-check.xml");
        assertThat(read.reports().get("TEST-aims-check.xml")).containsExactly(0, 1, 2, 0xff);
        assertThat(cache.file()).isEqualTo(target.resolve("aims-cache/check.txt"));
    }

    @Test
    void anotherKeyFindsNothing() {
        CheckCache cache = new CheckCache(target);
        cache.store(entry(List.of()));

        assertThat(cache.find("b".repeat(64), null, false)).isEmpty();
    }

    @Test
    void aPassingCheckHasNoFailure() {
        CheckCache cache = new CheckCache(target);
        cache.store(new CheckCache.Entry(KEY, List.of(), Map.of(), null, List.of()));

        assertThat(cache.find(KEY, null, false).orElseThrow().failure()).isNull();
    }

    @Test
    void aWatchedFileThatChangedFindsNothing() throws Exception {
        Path metric = Files.writeString(target.resolve("metrics.json"), "{\"auc\": 0.8}");
        CheckCache cache = new CheckCache(target);
        String state = watchedState(metric);
        cache.store(entry(List.of(new Watched(target.toString(), metric.toString(), state))));
        assertThat(cache.find(KEY, null, false)).isPresent();

        Files.writeString(metric, "{\"auc\": 0.6}");

        assertThat(cache.find(KEY, null, false)).isEmpty();
        Files.delete(metric);
        assertThat(cache.find(KEY, null, false)).isEmpty();
    }

    @Test
    void aPathThatLeadsOutOfItsModuleThroughALinkIsNeverRead() throws Exception {
        Path module = Files.createDirectories(target.resolve("module"));
        Path outside = Files.createDirectories(target.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.txt"), "not the module's");
        Path governed = Files.createDirectories(module.resolve("ml"));
        Files.writeString(governed.resolve("train.py"), "print(1)");
        String state = Watched.stateInside(module, governed);
        assertThat(state).contains("train.py");
        CheckCache cache = new CheckCache(target);
        cache.store(entry(List.of(new Watched(module.toString(), governed.toString(), state))));
        assertThat(cache.find(KEY, null, false)).isPresent();

        Files.delete(governed.resolve("train.py"));
        Files.delete(governed);
        Files.createSymbolicLink(governed, outside);
        Files.createDirectories(module.resolve("data"));
        Files.createSymbolicLink(module.resolve("data/link"), outside);

        assertThat(Watched.stateInside(module, governed)).isEqualTo(Watched.OUTSIDE);
        assertThat(Watched.stateInside(module, module.resolve("data/link/secret.txt"))).isEqualTo(Watched.OUTSIDE);
        assertThat(Watched.stateInside(module, module.resolve("../elsewhere"))).isEqualTo(Watched.OUTSIDE);
        assertThat(cache.find(KEY, null, false)).as("it led somewhere else: the check runs again").isEmpty();
    }

    @Test
    void aMetricSourceLeftByAnEarlierBuildIsAnotherStateWhenTheTestsWereSkipped() throws Exception {
        Path metric = Files.writeString(target.resolve("metrics.json"), "{\"auc\": 0.8}");
        Instant written = Files.getLastModifiedTime(metric).toInstant();
        Watched thisBuild = new Watched(target.toString(), metric.toString(),
                metricState(metric, written.minusSeconds(60)));
        CheckCache cache = new CheckCache(target);
        cache.store(entry(List.of(thisBuild)));

        assertThat(cache.find(KEY, written.minusSeconds(60), true)).isPresent();
        assertThat(cache.find(KEY, written.plusSeconds(60), true)).as("a later build that skipped its tests").isEmpty();
    }

    @Test
    void aCorruptOrForeignFileIsNoEntryAndNoError() throws Exception {
        CheckCache cache = new CheckCache(target);
        cache.store(entry(List.of()));
        Path file = cache.file();
        String whole = Files.readString(file);
        List<String> broken = List.of("", "garbage", "{\"key\": \"" + KEY + "\"}", whole.substring(0, whole.length() / 2),
                whole.replace("\nL I ", "\nL W "),
                whole.replace("key " + KEY, "key " + "b".repeat(64)), whole.replace("\nF ", "\nL I "), whole.replace("aims-check-cache " + CheckInputs.FORMAT, "aims-check-cache 0"),
                whole + "X y z\n", whole.replace("\nL I ", "\nL Q "));
        for (String text : broken) {
            Files.writeString(file, text);
            assertThat(cache.find(KEY, null, false)).as(text.length() > 80 ? text.substring(0, 80) : text).isEmpty();
        }
        Files.write(file, new byte[] {(byte) 0xc3, 0x28, 0, (byte) 0xff});
        assertThat(cache.find(KEY, null, false)).isEmpty();
        Files.delete(file);
        Files.createDirectories(file);
        assertThat(cache.find(KEY, null, false)).isEmpty();
    }

    @Test
    void anEntryWithAReportPathIsRefusedThoughItsHashIsRight() {
        CheckCache.Entry escaping = new CheckCache.Entry(KEY, List.of(), Map.of("../../pom.xml", new byte[] {1}),
                null, List.of());

        assertThat(CheckCache.parse(CheckCache.format(escaping))).isEmpty();
        new CheckCache(target).store(escaping);
        assertThat(new CheckCache(target).find(KEY, null, false)).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoError() throws Exception {
        Files.writeString(target.resolve("aims-cache"), "a file where the folder should be");
        CheckCache cache = new CheckCache(target);

        cache.store(entry(List.of()));

        assertThat(cache.find(KEY, null, false)).isEmpty();
    }

    @Test
    void aCacheFolderThatIsALinkOutOfTheBuildDirectoryIsNeitherWrittenNorEmptied(@org.junit.jupiter.api.io.TempDir
            Path elsewhere) throws Exception {
        Path module = Files.createDirectories(target.resolve("module/target"));
        Files.createSymbolicLink(module.resolve("aims-cache"), elsewhere);
        Files.writeString(elsewhere.resolve("check.txt"), "someone else's file");
        CheckCache cache = new CheckCache(module);

        cache.store(entry(List.of()));
        cache.forget();

        assertThat(cache.find(KEY, null, false)).isEmpty();
        try (var files = Files.list(elsewhere)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("check.txt");
        }
        assertThat(Files.readString(elsewhere.resolve("check.txt"))).isEqualTo("someone else's file");
    }

    private static String watchedState(Path metric) throws Exception {
        return metricState(metric, null);
    }

    private static String metricState(Path metric, Instant started) throws Exception {
        return Watched.metricState(metric, started);
    }
}
