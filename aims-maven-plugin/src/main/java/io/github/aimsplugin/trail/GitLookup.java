package io.github.aimsplugin.trail;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a folder could lie in a git repository, answered without JGit: aims:check of a project outside git then
 * never loads (and verifies the signature of) the JGit library. Errs towards yes; JGit gives the real answer.
 */
public final class GitLookup {

    private GitLookup() {
    }

    /**
     * True when {@code GIT_DIR} is set, or the folder or one of its parents holds a {@code .git} entry or is itself a
     * repository's folder (has a {@code HEAD} file), the places JGit's {@code findGitDir} looks.
     */
    public static boolean mayBeInRepository(Path folder) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path current = folder.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(current.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }
}
