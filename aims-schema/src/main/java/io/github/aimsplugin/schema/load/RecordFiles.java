package io.github.aimsplugin.schema.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the record files ({@code *.yaml}, {@code *.yml}) under the source directories, in a stable order. */
public final class RecordFiles {

    /** A record file and the path shown for it (relative to the base directory, forward slashes). */
    public record RecordFile(Path path, String displayPath) {}

    private RecordFiles() {}

    /**
     * @throws IllegalArgumentException when a source directory lies outside the base directory
     */
    public static List<RecordFile> find(Path baseDirectory, List<Path> sourceDirectories) {
        return find(baseDirectory, baseDirectory, sourceDirectories);
    }

    /**
     * The record files of one module of an aggregate: folders must lie inside the module's directory, paths are shown
     * relative to the aggregate's directory.
     *
     * @throws IllegalArgumentException when a source directory lies outside the module directory
     */
    public static List<RecordFile> find(Path displayBase, Path baseDirectory, List<Path> sourceDirectories) {
        Path shownFrom = displayBase.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        List<RecordFile> files = new ArrayList<>();
        for (Path directory : sourceDirectories) {
            Path dir = base.resolve(directory).normalize();
            if (!dir.startsWith(base)) {
                throw new IllegalArgumentException("source directory " + dir + " lies outside the project directory "
                        + base + "; AIMS records are read only from inside the project");
            }
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Path real = ContainedFiles.real(dir);
            if (!real.startsWith(ContainedFiles.real(base))) {
                // Failing closed: "no records found" would pass a build whose records were never read.
                throw new IllegalArgumentException("source directory " + dir + " is a link to " + real
                        + ", outside the project directory " + base + "; keep AIMS records inside the project");
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                // Every *.yaml entry that is not a plain folder is handed on, so that a link, a pipe or a device is
                // reported where it is rather than skipped; so is a link to a folder, which is never followed.
                walk.filter(path -> isYaml(path) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                                || Files.isSymbolicLink(path) && Files.isDirectory(path))
                        .forEach(path -> files.add(new RecordFile(path, display(shownFrom, path))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list record files under " + dir, e);
            }
        }
        return files.stream()
                .distinct()
                .sorted(Comparator.comparing(RecordFile::displayPath))
                .toList();
    }

    /** Whether a path, after following links, still lies inside the base directory. */
    public static boolean staysInside(Path baseDirectory, Path file) {
        try {
            return file.toRealPath().startsWith(baseDirectory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String display(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
