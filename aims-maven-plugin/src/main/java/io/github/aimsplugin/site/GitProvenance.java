package io.github.aimsplugin.site;

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
}
