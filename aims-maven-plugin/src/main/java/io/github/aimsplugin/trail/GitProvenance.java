package io.github.aimsplugin.trail;

import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The git commit a site was built from, read with JGit; outside git it says so instead of failing. */
public final class GitProvenance {

    private GitProvenance() {}

    public static String commit(File directory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(directory);
        if (builder.getGitDir() == null) {
            return "not a git working tree";
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? "no commit yet" : head.name();
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * Whether the module's part of the working tree has uncommitted changes (modified, added or untracked files not
     * ignored); null outside git or when it cannot be told.
     */
    public static Boolean dirty(File directory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(directory);
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repository = builder.build(); org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(repository)) {
            java.nio.file.Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            java.nio.file.Path module = directory.toPath().toAbsolutePath().normalize();
            org.eclipse.jgit.api.StatusCommand status = git.status();
            if (!module.equals(workTree) && module.startsWith(workTree)) {
                status.addPath(workTree.relativize(module).toString().replace('\\', '/'));
            }
            return !status.call().isClean();
        } catch (Exception e) {
            return null;
        }
    }
}
