package io.github.aimsplugin.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cheap stamp of where a working tree's HEAD points, for the up-to-date check of the site: the text of
 * {@code .git/HEAD}, of the branch file it names and the size and time of {@code packed-refs}, {@code shallow} and
 * {@code info/grafts}. Opening the repository
 * with JGit costs about half a second, more than the whole no-op check may take; JGit still reads the commit when the
 * site is rendered. For anything but a plain {@code .git} folder (worktrees, {@code GIT_DIR}) there is no stamp, and
 * the caller asks JGit.
 */
public final class GitHeadStamp {

    private GitHeadStamp() {}

    public static Optional<String> of(Path directory) {
        if (System.getenv("GIT_DIR") != null) {
            return Optional.empty();
        }
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return stamp(git);
            }
            if (Files.exists(git)) {
                return Optional.empty();
            }
        }
        return Optional.of("not a git working tree");
    }

    private static Optional<String> stamp(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            StringBuilder stamp = new StringBuilder("HEAD=").append(head);
            if (head.startsWith("ref: ")) {
                Path ref = git.resolve(head.substring(5).strip()).normalize();
                if (!ref.startsWith(git)) {
                    return Optional.empty();
                }
                if (Files.isRegularFile(ref)) {
                    stamp.append(" ref=").append(Files.readString(ref, StandardCharsets.UTF_8).strip());
                }
            }
            // What else changes the history a walk from HEAD sees: packed refs, a shallow clone deepened
            // (git fetch --unshallow), grafts, replacement objects.
            for (String file : new String[] {"packed-refs", "shallow", "info/grafts"}) {
                Path path = git.resolve(file);
                if (Files.isRegularFile(path)) {
                    stamp.append(' ').append(file).append('=').append(Files.size(path)).append('@')
                            .append(Files.getLastModifiedTime(path).toMillis());
                }
            }
            Path replace = git.resolve("refs/replace");
            if (Files.isDirectory(replace)) {
                return Optional.empty(); // replacement objects: let JGit read the history
            }
            return Optional.of(stamp.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
