package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.cache.CheckCache;
import io.github.aimsplugin.check.report.CheckReports;
import io.github.aimsplugin.schema.RecordFileCache;
import io.github.aimsplugin.schema.bench.SyntheticAims;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * A check replayed from the cache is the full check: the same log lines, the same failure and the same report bytes,
 * on the example project and on the large synthetic AIMS; a changed metric source or a corrupt cache file runs it
 * in full.
 */
@MojoTest
class CheckCacheMojoTest {

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theExampleProjectFromTheCacheIsTheFullCheck(CheckMojo mojo) throws Exception {
        Path project = copyOfExample(MojoExtensionSupport.buildDirectory(mojo).resolve("cache-example"));
        use(mojo, project);

        Run full = run(mojo, project, false);
        Run filling = run(mojo, project, true);
        Run replayed = run(mojo, project, true);

        assertThat(full.failure()).startsWith("AIMS check failed: ");
        assertThat(full.lines()).anySatisfy(line -> assertThat(line).startsWith("[ERROR] src/main/aims/"));
        assertThat(full.replayed()).isFalse();
        assertThat(filling.replayed()).isFalse();
        assertThat(replayed.replayed()).as("the third check is replayed").isTrue();
        same(full, filling);
        same(full, replayed);

        // A metric source the records name is written (the tests ran): the check runs in full and sees it.
        Path metrics = project.resolve("target/aims-metrics/scorecard-evaluation.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "{\"auc\": 0.81, \"psi\": 0.05, \"approvalRateRatio\": 0.9}");
        Run measured = run(mojo, project, true);
        assertThat(measured.replayed()).isFalse();
        assertThat(measured.lines()).isNotEqualTo(full.lines());
        assertThat(run(mojo, project, true).replayed()).isTrue();

        // A corrupt cache file is no entry: the check runs in full, fails as before, and the next one is replayed.
        Files.write(project.resolve("target").resolve(CheckCache.FILE), new byte[] {'a', 'i', 'm', 's', 0, -1});
        Run afterCorruption = run(mojo, project, true);
        assertThat(afterCorruption.replayed()).isFalse();
        same(measured, afterCorruption);
        assertThat(run(mojo, project, true).replayed()).isTrue();

        // A changed record file: the check runs in full with that file read again, the others from the last build.
        Path risks = project.resolve("src/main/aims/risks.yaml");
        Files.writeString(risks, Files.readString(risks).replaceFirst("(?m)^(title: .*)$", "$1 (revised)"));
        Run incremental = run(mojo, project, true);
        assertThat(incremental.replayed()).isFalse();
        same(run(mojo, project, false), incremental);

        // An evidence file the records name is removed: never a replayed pass, validation reports it.
        Files.delete(project.resolve("docs/aims/evidence/monitoring-runbook.md"));
        Run withoutEvidence = run(mojo, project, true);
        assertThat(withoutEvidence.replayed()).isFalse();
        assertThat(withoutEvidence.lines()).anySatisfy(line -> assertThat(line).startsWith("[ERROR]")
                .contains("monitoring-runbook.md"));
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theLargeSyntheticAimsFromTheCacheIsTheFullCheck(CheckMojo mojo) throws Exception {
        Path project = MojoExtensionSupport.buildDirectory(mojo).resolve("cache-large");
        delete(project);
        SyntheticAims.write(project, 100, 1000, 100);
        Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>bench"
                + "</groupId><artifactId>synthetic</artifactId><version>1.0</version></project>");
        use(mojo, project);

        Run full = run(mojo, project, false);
        run(mojo, project, true);
        Run replayed = run(mojo, project, true);

        assertThat(replayed.replayed()).isTrue();
        assertThat(full.lines()).anySatisfy(line -> assertThat(line).startsWith("[INFO] AIMS check passed: "));
        same(full, replayed);

        // aims.checkCache=false: the entry is not read, the check runs in full.
        assertThat(run(mojo, project, false).replayed()).isFalse();

        // One changed risk: the check runs, only that record file is read again, and it is the full check.
        run(mojo, project, true);
        Path entries = project.resolve("target").resolve(RecordFileCache.FOLDER);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path entry : list(entries)) {
            Files.setLastModifiedTime(entry, old);
        }
        Path risks = project.resolve("src/main/aims/risks-0.yaml");
        Files.writeString(risks, Files.readString(risks).replaceFirst("(?m)^(title: .*)$", "$1 (revised)"));
        Run incremental = run(mojo, project, true);
        assertThat(incremental.replayed()).isFalse();
        List<Path> reread = new ArrayList<>();
        for (Path entry : list(entries)) {
            if (!Files.getLastModifiedTime(entry).equals(old)) {
                reread.add(entry);
            }
        }
        assertThat(list(entries)).hasSize(26);
        assertThat(reread).hasSize(1);
        same(run(mojo, project, false), incremental);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** What a check said and wrote. */
    private record Run(List<String> lines, String failure, Map<String, byte[]> reports, boolean replayed) {}

    private static void same(Run expected, Run actual) {
        assertThat(actual.lines()).containsExactlyElementsOf(expected.lines());
        assertThat(actual.failure()).isEqualTo(expected.failure());
        assertThat(actual.reports()).containsOnlyKeys(CheckReports.FILES);
        expected.reports().forEach((name, bytes) -> assertThat(actual.reports().get(name)).as(name).isEqualTo(bytes));
    }

    private static Run run(CheckMojo mojo, Path project, boolean cache) throws Exception {
        Path reports = project.resolve("target/aims/check");
        delete(reports);
        MojoExtensionSupport.set(mojo, "checkCache", cache);
        Log log = new Log();
        mojo.setLog(log);
        String failure = null;
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            failure = e.getMessage();
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (String name : CheckReports.FILES) {
            if (Files.exists(reports.resolve(name))) {
                written.put(name, Files.readAllBytes(reports.resolve(name)));
            }
        }
        return new Run(log.lines, failure, written, log.debug.stream().anyMatch(line -> line.contains("replayed")));
    }

    private static void use(CheckMojo mojo, Path project) throws Exception {
        MojoExtensionSupport.set(mojo, "baseDirectory", project.toFile());
        MojoExtensionSupport.set(mojo, "buildDirectory", project.resolve("target").toFile());
        MojoExtensionSupport.set(mojo, "reportDirectory", project.resolve("target/aims/check").toFile());
        MojoExtensionSupport.set(mojo, "baseline", new File(project.toFile(), "aims-baseline.json"));
        MojoExtensionSupport.set(mojo, "gitHistory", false);
    }

    private static Path copyOfExample(Path copy) throws Exception {
        delete(copy);
        Path example = Path.of("../example-project").toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(example)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                Path relative = example.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path to = copy.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return copy;
    }

    private static void delete(Path path) throws Exception {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Keeps the lines as the console shows them, and the debug lines apart. */
    private static final class Log extends RecordingLog {
        final List<String> debug = new ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            debug.add(String.valueOf(content));
        }
    }
}
