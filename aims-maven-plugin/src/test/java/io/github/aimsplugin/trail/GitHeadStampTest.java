package io.github.aimsplugin.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHeadStampTest {

    @TempDir
    Path work;

    @Test
    void changesWithEveryCommitAndBranchSwitchButNotOtherwise() throws Exception {
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            Path module = Files.createDirectories(work.resolve("module/src"));
            Files.writeString(work.resolve("a.txt"), "a");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor("t", "t@example.org").setSign(false).call();
            String first = GitHeadStamp.of(module).orElseThrow();

            assertThat(GitHeadStamp.of(module)).contains(first);

            git.commit().setMessage("second").setAuthor("t", "t@example.org").setSign(false).call();
            String second = GitHeadStamp.of(module).orElseThrow();
            assertThat(second).isNotEqualTo(first);

            git.branchCreate().setName("other").call();
            git.checkout().setName("other").call();
            assertThat(GitHeadStamp.of(module).orElseThrow()).isNotEqualTo(second).contains("refs/heads/other");
        }
    }

    @Test
    void aWorktreeLinkHasNoStampSoJGitIsAsked() throws Exception {
        Files.writeString(work.resolve(".git"), "gitdir: /somewhere/else/.git/worktrees/x\n");

        assertThat(GitHeadStamp.of(work)).isEqualTo(Optional.empty());
    }

    @Test
    void aHeadOutsideTheGitFolderIsNotFollowed() throws Exception {
        Path git = Files.createDirectories(work.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: ../../../etc/passwd\n");

        assertThat(GitHeadStamp.of(work)).isEmpty();
    }

    @Test
    void aShallowCloneDeepenedOrGraftsChangeTheStampAndReplacementsLeaveItToJGit() throws Exception {
        Files.createDirectories(work.resolve(".git/refs/heads"));
        Path git = work.resolve(".git");
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("refs/heads/main"), "0123456789012345678901234567890123456789\n");
        Files.writeString(git.resolve("shallow"), "0123456789012345678901234567890123456789\n");
        String shallow = GitHeadStamp.of(work).orElseThrow();

        Files.delete(git.resolve("shallow")); // git fetch --unshallow
        String deepened = GitHeadStamp.of(work).orElseThrow();
        Files.createDirectories(git.resolve("info"));
        Files.writeString(git.resolve("info/grafts"), "0123456789012345678901234567890123456789\n");
        String grafted = GitHeadStamp.of(work).orElseThrow();
        Files.createDirectories(git.resolve("refs/replace"));

        assertThat(java.util.Set.of(shallow, deepened, grafted)).hasSize(3);
        assertThat(GitHeadStamp.of(work)).isEmpty();
    }
}
