package io.github.aimsplugin.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cheap stamp of where a working tree's HEAD points, for the up-to-date check of the site: the text of
 * {@code .git/HEAD}, of the branch file it names and the size and time of {@code packed-refs}. Opening the repository
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
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                stamp.append(" packed=").append(Files.size(packed)).append('@')
                        .append(Files.getLastModifiedTime(packed).toMillis());
            }
            return Optional.of(stamp.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
