package io.github.aimsplugin.schema.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Files the plugin reads from a project: checked once on their real path (links resolved, {@code ..} applied after
 * the links, as the operating system does), and then opened only on that checked path, only when it is a regular
 * file — never a named pipe, device or socket, which could block the build or stream without end.
 */
public final class ContainedFiles {

    private ContainedFiles() {}

    /** The real path of a directory or file, or its absolute normal form when it does not exist (yet). */
    public static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The real path of {@code path} when it exists and lies inside {@code root} after following every link; empty
     * when it lies outside.
     *
     * @throws IOException when the path does not exist or cannot be resolved
     */
    public static Optional<Path> realInside(Path root, Path path) throws IOException {
        Path real = path.toRealPath();
        return real.startsWith(real(root)) ? Optional.of(real) : Optional.empty();
    }

    /**
     * Where a path that need not exist yet would end up: the real path of its nearest existing ancestor with the
     * rest appended. Used to refuse output folders that are links out of the build folder.
     */
    public static Path realDestination(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path rest = existing.relativize(absolute);
        return real(existing).resolve(rest).normalize();
    }

    /** What kind of file sits at a real path, for messages: "a named pipe", "a directory", ... or null if regular. */
    public static String notRegular(Path real) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile()) {
                return null;
            }
            if (attributes.isDirectory()) {
                return "a directory";
            }
            if (attributes.isSymbolicLink()) {
                return "a link";
            }
            return "a named pipe, device or socket";
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** Opens a checked real path for reading without following a link put there since. */
    public static InputStream open(Path real) throws IOException {
        String kind = notRegular(real);
        if (kind != null) {
            throw new IOException(real + " is " + kind + ", not a regular file");
        }
        return Files.newInputStream(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }
}
