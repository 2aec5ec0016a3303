package io.github.aimsplugin.trail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLookupTest {

    @TempDir
    Path temp;

    @Test
    void aDotGitInAParentMeansMaybe() throws Exception {
        Path project = Files.createDirectories(temp.resolve("repo/module/sub"));
        Files.createDirectories(temp.resolve("repo/.git"));
        assertTrue(GitLookup.mayBeInRepository(project));
    }

    @Test
    void aGitFileOfAWorktreeMeansMaybe() throws Exception {
        Path project = Files.createDirectories(temp.resolve("worktree"));
        Files.writeString(project.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/w\n");
        assertTrue(GitLookup.mayBeInRepository(project));
    }

    @Test
    void aFolderWithHeadMayBeABareRepository() throws Exception {
        Path bare = Files.createDirectories(temp.resolve("bare.git"));
        Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
        assertTrue(GitLookup.mayBeInRepository(bare));
    }

    @Test
    void noMarkerAnywhereMeansNo() throws Exception {
        assumeTrue(System.getenv("GIT_DIR") == null, "GIT_DIR is set");
        for (Path up = temp.toAbsolutePath(); up != null; up = up.getParent()) {
            assumeTrue(!Files.exists(up.resolve(".git")) && !Files.exists(up.resolve("HEAD")), "temp lies in git");
        }
        Path project = Files.createDirectories(temp.resolve("plain/module"));
        assertFalse(GitLookup.mayBeInRepository(project));
    }
}
