package io.github.aimsplugin.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernedCodeHistoryTest {

    private static final GovernedCode SCORER = new GovernedCode("scorer",
            List.of("src/main/java/com/acme/scoring", "src/main/resources/scorecard/"), List.of("ai.djl:*"));

    private static void write(Path project, String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void commit(Git git, String message, String day) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent ada = new PersonIdent("Ada", "ada@example.com", Date.from(Instant.parse(day + "T09:00:00Z")),
                TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setAuthor(ada).setCommitter(ada).call();
    }

    private static String pom(String djlVersion) {
        return "<project><dependencies><dependency><groupId>ai.djl</groupId><artifactId>api</artifactId><version>"
                + djlVersion + "</version></dependency><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api"
                + "</artifactId><version>2.0.17</version></dependency></dependencies></project>";
    }

    @Test
    void commitsToPackagesPathsAndSdkDependencyEntriesCountOthersAndTheFirstDoNot(@TempDir Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(project, "pom.xml", pom("0.35.0"));
            write(project, "src/main/java/com/acme/scoring/Scorer.java", "class Scorer {}");
            write(project, "src/main/java/com/acme/web/Page.java", "class Page {}");
            commit(git, "Start", "2026-05-01");
            write(project, "src/main/java/com/acme/web/Page.java", "class Page { int x; }");
            commit(git, "Web only", "2026-05-02");
            write(project, "src/main/resources/scorecard/bins.csv", "a,b");
            commit(git, "New bins [minor-change]", "2026-05-03");
            write(project, "pom.xml", pom("0.36.0"));
            commit(git, "Upgrade DJL", "2026-05-04");
            write(project, "pom.xml", pom("0.36.0").replace("2.0.17", "2.0.18"));
            commit(git, "Upgrade slf4j", "2026-05-05");
            write(project, "src/main/java/com/acme/scoring/Scorer.java", "class Scorer { int y; }");
        }

        GovernedCode.History history = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER));

        assertThat(history.available()).isTrue();
        assertThat(history.of("scorer")).extracting(commit -> commit.subject() + " " + commit.minor() + " "
                + commit.paths()).containsExactly(
                        "Upgrade DJL false [pom.xml]",
                        "New bins [minor-change] true [src/main/resources/scorecard/bins.csv]");
        assertThat(history.uncommitted()).containsEntry("scorer", List.of("src/main/java/com/acme/scoring/Scorer.java"));
    }

    @Test
    void outsideGitItSaysSoInsteadOfFailing(@TempDir Path project) {
        GovernedCode.History history = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER));

        assertThat(history.available()).isFalse();
        assertThat(history.status()).startsWith("not a git working tree");
    }
}
