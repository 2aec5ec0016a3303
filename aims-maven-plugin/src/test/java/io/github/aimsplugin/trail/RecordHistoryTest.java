package io.github.aimsplugin.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real repositories with JGit and reads each record's history back. */
class RecordHistoryTest {

    private static final String RISKS = "src/main/aims/risks.yaml";
    private static final String SYSTEMS = "src/main/aims/systems.yaml";
    private static final List<RecordHistory.Tracked> TRACKED = List.of(
            new RecordHistory.Tracked("Risk", "R-1", RISKS), new RecordHistory.Tracked("Risk", "R-2", RISKS),
            new RecordHistory.Tracked("AISystem", "scorer", SYSTEMS));

    @TempDir
    Path repo;

    private int clock;

    @Test
    void eachCommitIsAttributedOnlyToTheRecordsWhoseOwnContentChanged() throws Exception {
        Path project = repo.resolve("service");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(project, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second"));
            commit(git, "Add two risks", "Ada");
            write(project, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second, reworded"));
            commit(git, "Reword R-2", "Ben");
            write(project, RISKS, "# a comment only\n" + risk("R-1", "first") + "---\n" + risk("R-2", "second, reworded"));
            commit(git, "Comment the file", "Cy");
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores\n");
            commit(git, "Add the scorer", "Ada");
        }

        AuditTrail trail = new RecordHistory(1 << 20, 1000).read(project, TRACKED);

        assertThat(trail.status()).isEqualTo("complete");
        assertThat(trail.complete()).isTrue();
        assertThat(trail.of("Risk", "R-1")).extracting(RecordChange::subject, RecordChange::type, RecordChange::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Add two risks", "created", "Ada"));
        assertThat(trail.of("Risk", "R-2")).extracting(RecordChange::subject, RecordChange::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Reword R-2", "changed"),
                        org.assertj.core.groups.Tuple.tuple("Add two risks", "created"));
        assertThat(trail.of("AISystem", "scorer")).extracting(RecordChange::subject).containsExactly("Add the scorer");
        assertThat(trail.changes()).extracting(RecordChange::subject).doesNotContain("Comment the file");
        assertThat(trail.changes()).first().extracting(RecordChange::file).isEqualTo(SYSTEMS);
        assertThat(trail.lastChanged("Risk", "R-2")).contains(Instant.ofEpochSecond(1_780_000_000L + 86_400));
        assertThat(trail.uncommitted()).isEmpty();
    }

    @Test
    void aChangeIsDatedWhenItWasCommittedAndMinorOnlyByItsSubjectLine() throws Exception {
        Path project = repo.resolve("service");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores\n");
            commit(git, "Add the scorer", "Ada");
            // an author date set back by a year: the change still counts from the day it was committed
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores credit\n");
            PersonIdent backdated = new PersonIdent("Ben", "ben@example.org", Instant.parse("2025-01-01T00:00:00Z"),
                    java.time.ZoneOffset.UTC);
            PersonIdent committer = new PersonIdent("Ben", "ben@example.org",
                    Instant.ofEpochSecond(1_780_000_000L + clock++ * 86_400), java.time.ZoneOffset.UTC);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Widen the purpose").setAuthor(backdated).setCommitter(committer).setSign(false)
                    .call();
            // a squash whose body carries the marker of one of its parts
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores credit and limits\n");
            commit(git, "Squash: limits\n\n* rename a field [minor-change]\n* score limits too", "Cy");
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores credit and limits.\n");
            commit(git, "Fix a full stop [minor-change]", "Cy");
        }

        AuditTrail trail = new RecordHistory(1 << 20, 1000).read(project, TRACKED);

        assertThat(trail.of("AISystem", "scorer")).extracting(RecordChange::subject, RecordChange::minor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fix a full stop [minor-change]", true),
                        org.assertj.core.groups.Tuple.tuple("Squash: limits", false),
                        org.assertj.core.groups.Tuple.tuple("Widen the purpose", false),
                        org.assertj.core.groups.Tuple.tuple("Add the scorer", false));
        assertThat(trail.of("AISystem", "scorer").get(2).when()).isEqualTo(Instant.ofEpochSecond(1_780_000_000L
                + 86_400));
    }

    @Test
    void aMergeIsNoChangeOfItsOwnUnlessItsContentDiffersFromEveryParent() throws Exception {
        Path project = repo.resolve("service");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(project, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second"));
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores\n");
            commit(git, "Add risks and the scorer", "Ada");
            git.branchCreate().setName("feature").call();
            write(project, RISKS, risk("R-1", "first, reworded") + "---\n" + risk("R-2", "second"));
            commit(git, "Reword R-1", "Ben");
            git.checkout().setName("feature").call();
            write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores applicants\n");
            commit(git, "Say whom the scorer scores [minor-change]", "Cy");
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("feature"))
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge branch 'feature'").call();
        }

        AuditTrail trail = new RecordHistory(1 << 20, 1000).read(project, TRACKED);

        assertThat(trail.of("AISystem", "scorer")).extracting(RecordChange::subject).containsExactly(
                "Say whom the scorer scores [minor-change]", "Add risks and the scorer");
        assertThat(trail.of("Risk", "R-1")).extracting(RecordChange::subject)
                .containsExactly("Reword R-1", "Add risks and the scorer");
        assertThat(trail.changes()).extracting(RecordChange::subject).doesNotContain("Merge branch 'feature'");
    }

    @Test
    void recordsChangedInTheWorkingTreeAreMarkedUncommitted() throws Exception {
        Path project = repo;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(project, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second"));
            commit(git, "Add two risks", "Ada");
        }
        write(project, RISKS, risk("R-1", "first, edited") + "---\n" + risk("R-2", "second"));
        write(project, SYSTEMS, "kind: AISystem\nid: scorer\npurpose: scores\n");

        AuditTrail trail = new RecordHistory(1 << 20, 1000).read(project, TRACKED);

        assertThat(trail.uncommitted()).containsExactlyInAnyOrder("Risk/R-1", "AISystem/scorer");
        assertThat(trail.of("Risk", "R-1")).hasSize(1);
    }

    @Test
    void outsideGitTheTrailSaysSoAndIsEmpty() throws Exception {
        write(repo, RISKS, risk("R-1", "first"));

        AuditTrail trail = new RecordHistory(1 << 20, 1000).read(repo, TRACKED);

        assertThat(trail.complete()).isFalse();
        assertThat(trail.changes()).isEmpty();
        assertThat(trail.status()).startsWith("not a git working tree");
    }

    @Test
    void aShallowCloneMarksItsOldestCommitAsFirstSeen(@TempDir Path clone) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write(repo, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second"));
            commit(git, "Add two risks", "Ada");
            write(repo, RISKS, risk("R-1", "first") + "---\n" + risk("R-2", "second, reworded"));
            commit(git, "Reword R-2", "Ben");
        }
        try (Git shallow = Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call()) {
            AuditTrail trail = new RecordHistory(1 << 20, 1000).read(clone, TRACKED);

            assertThat(trail.complete()).isFalse();
            assertThat(trail.status()).startsWith("shallow clone");
            assertThat(trail.of("Risk", "R-2")).extracting(RecordChange::type).containsExactly("first-seen");
        }
    }

    private static String risk(String id, String title) {
        return "kind: Risk\nid: " + id + "\ntitle: " + title + "\n";
    }

    private static void write(Path project, String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void commit(Git git, String message, String author) throws Exception {
        PersonIdent ident = new PersonIdent(author, author.toLowerCase() + "@example.org",
                Instant.ofEpochSecond(1_780_000_000L + clock++ * 86_400), java.time.ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }
}
