package io.github.aimsplugin.trail;

import java.io.File;
import java.nio.file.Files;
import org.eclipse.jgit.lib.Repository;

/** Facts about a repository's git directories that JGit does not answer directly. */
final class GitDirs {

    private GitDirs() {}

    /**
     * Whether the repository is a shallow clone. In a linked worktree ({@code git worktree add}) the {@code shallow}
     * file lives in the common git directory, not in the worktree's own ({@code .git/worktrees/<name>}).
     */
    static boolean shallow(Repository repository) {
        File common = repository.getCommonDirectory();
        return Files.exists(repository.getDirectory().toPath().resolve("shallow"))
                || common != null && Files.exists(common.toPath().resolve("shallow"));
    }
}
