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
        commit(git, message, day, day);
    }

    private static void commit(Git git, String message, String authored, String committed) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(ada(authored)).setCommitter(ada(committed)).call();
    }

    private static PersonIdent ada(String day) {
        return new PersonIdent("Ada", "ada@example.com", Date.from(Instant.parse(day + "T09:00:00Z")),
                TimeZone.getTimeZone("UTC"));
    }

    private static final String SCORER_JAVA = "src/main/java/com/acme/scoring/Scorer.java";

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

    @Test
    void aCommitCountsOnItsCommitDateNotAnOlderAuthorDate(@TempDir Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(project, SCORER_JAVA, "class Scorer {}");
            commit(git, "Start", "2026-05-01");
            write(project, SCORER_JAVA, "class Scorer { int y; }");
            commit(git, "Rebased from an old branch", "2026-04-01", "2026-07-01");
        }

        List<CodeCommit> commits = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER)).of("scorer");

        assertThat(commits).extracting(commit -> commit.subject() + " " + commit.when())
                .containsExactly("Rebased from an old branch 2026-07-01T09:00:00Z");
    }

    @Test
    void minorChangeCountsInTheSubjectLineOnlyNotInTheBodyOfASquash(@TempDir Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            write(project, SCORER_JAVA, "class Scorer {}");
            commit(git, "Start", "2026-05-01");
            write(project, SCORER_JAVA, "class Scorer { int y; }");
            commit(git, "Squash of ten changes\n\n* Retrain the threshold\n* Fix a typo [minor-change]\n", "2026-05-02");
            write(project, SCORER_JAVA, "class Scorer { int z; }");
            commit(git, "Fix a typo [minor-change]\n\nNothing else.", "2026-05-03");
            write(project, SCORER_JAVA, "class Scorer { int w; }");
            commit(git, "A subject that wraps\nonto a second line [minor-change]", "2026-05-04");
        }

        List<CodeCommit> commits = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER)).of("scorer");

        assertThat(commits).extracting(CodeCommit::minor).containsExactly(false, true, false);
        assertThat(CodeCommit.markedMinor("Rename [minor-change]")).isTrue();
        assertThat(CodeCommit.markedMinor("Retrain\n\n[minor-change]")).isFalse();
        assertThat(CodeCommit.markedMinor("Retrain\r\r* Fix a typo [minor-change]")).isFalse();
    }

    @Test
    void aMergeCountsWhereItChangesGovernedCodeAgainstEveryParentACleanMergeDoesNot(@TempDir Path project)
            throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            write(project, SCORER_JAVA, "class Scorer {}");
            write(project, "src/main/java/com/acme/scoring/Bands.java", "class Bands {}");
            write(project, "README.md", "a");
            commit(git, "Start", "2026-05-01");
            git.branchCreate().setName("side").call();
            write(project, "README.md", "b");
            commit(git, "Docs on main", "2026-05-02");
            git.checkout().setName("side").call();
            write(project, "src/main/java/com/acme/scoring/Bands.java", "class Bands { int b; }");
            commit(git, "Side changes the bands [minor-change]", "2026-05-03");
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("side")).setCommit(false)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
            // an "evil merge": the merge commit itself changes the scorer, which neither branch did
            write(project, SCORER_JAVA, "class Scorer { double threshold = 0.1; }");
            commit(git, "Merge branch 'side' [minor-change] in the body?\n\nno", "2026-05-04");
            git.branchCreate().setName("clean").call();
            git.checkout().setName("clean").call();
            write(project, "src/main/java/com/acme/scoring/Bands.java", "class Bands { int c; }");
            commit(git, "Clean side change [minor-change]", "2026-05-05");
            git.checkout().setName("main").call();
            write(project, "README.md", "c");
            commit(git, "Docs again", "2026-05-06");
            git.merge().include(git.getRepository().resolve("clean")).setCommit(false)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
            commit(git, "Merge branch 'clean'", "2026-05-07");
        }

        List<CodeCommit> commits = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER)).of("scorer");

        assertThat(commits).extracting(commit -> commit.subject() + " " + commit.minor() + " " + commit.paths())
                .containsExactlyInAnyOrder(
                        "Clean side change [minor-change] true [src/main/java/com/acme/scoring/Bands.java]",
                        "Merge branch 'side' [minor-change] in the body? true [" + SCORER_JAVA + "]",
                        "Side changes the bands [minor-change] true [src/main/java/com/acme/scoring/Bands.java]");
    }

    @Test
    void aCommitOfAMergedBranchCountsWhenTheMergeBroughtIt(@TempDir Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            write(project, SCORER_JAVA, "class Scorer {}");
            write(project, "README.md", "a");
            commit(git, "Start", "2026-05-01");
            git.branchCreate().setName("long-lived").call();
            git.checkout().setName("long-lived").call();
            write(project, "src/main/java/com/acme/scoring/Cap.java", "class Cap {}");
            commit(git, "Cap the score", "2026-05-20");
            git.checkout().setName("main").call();
            write(project, "README.md", "b");
            commit(git, "Docs", "2026-05-21");
            git.merge().include(git.getRepository().resolve("long-lived")).setCommit(false)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
            commit(git, "Merge branch 'long-lived'", "2026-07-04");
            write(project, SCORER_JAVA, "class Scorer { int y; }");
            commit(git, "Later", "2026-06-10");
        }

        List<CodeCommit> commits = new GovernedCodeHistory(1_000_000, 100).read(project, List.of(SCORER)).of("scorer");

        assertThat(commits).extracting(commit -> commit.subject() + " " + commit.when()).containsExactly(
                "Cap the score 2026-07-04T09:00:00Z", "Later 2026-06-10T09:00:00Z");
    }

    @Test
    void aLinkedWorktreeOfAShallowCloneSaysShallow(@TempDir Path root) throws Exception {
        Path main = root.resolve("main");
        try (Git git = Git.init().setDirectory(main.toFile()).call()) {
            write(main, SCORER_JAVA, "class Scorer {}");
            commit(git, "Start", "2026-05-01");
            String head = git.getRepository().resolve("HEAD").name();
            Files.writeString(main.resolve(".git/shallow"), head + "\n");
            // what "git worktree add ../linked" writes: the worktree's own git dir, pointing to the common one
            Path own = main.resolve(".git/worktrees/linked");
            Files.createDirectories(own);
            Files.writeString(own.resolve("HEAD"), head + "\n");
            Files.writeString(own.resolve("commondir"), "../..\n");
            Path linked = root.resolve("linked");
            Files.createDirectories(linked);
            Files.writeString(own.resolve("gitdir"), linked.resolve(".git") + "\n");
            Files.writeString(linked.resolve(".git"), "gitdir: " + own + "\n");
            write(linked, SCORER_JAVA, "class Scorer {}");
        }

        GovernedCode.History history = new GovernedCodeHistory(1_000_000, 100).read(root.resolve("linked"),
                List.of(SCORER));
        AuditTrail trail = new RecordHistory(1_000_000, 100).read(root.resolve("linked"),
                List.of(new RecordHistory.Tracked("AISystem", "scorer", SCORER_JAVA)));

        assertThat(history.available()).isFalse();
        assertThat(history.status()).startsWith("shallow clone");
        assertThat(trail.status()).startsWith("shallow clone");
    }
}
