package io.github.aimsplugin.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of one build of a site folder, which the plugin owns. A file is written only when its bytes differ from
 * those on disk, so that an unchanged page is not written again (writing 1,200 pages cost seconds where reading them
 * costs tens of milliseconds) and keeps its time; what this build did not produce is deleted at the end
 * ({@link #sweep}), so that pages of deleted records do not linger and the folder is the one a clean build leaves.
 * Links and other non-regular entries found in the folder are deleted as it opens: nothing is written through them.
 */
final class SiteFiles {

    private final Path site;
    private final Set<Path> produced = new HashSet<>();
    private final java.util.Map<Path, byte[]> bytes = new java.util.HashMap<>();
    private int written;

    private SiteFiles(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /**
     * The site folder, created when missing; every link, pipe or device inside it (at any depth) is deleted, and so
     * are the given files (the stamp: a build that stops half-way must not look up to date).
     */
    static SiteFiles open(Path siteDirectory, String... deleted) throws IOException {
        SiteFiles files = new SiteFiles(siteDirectory);
        if (!Files.isDirectory(files.site, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(files.site);
            Files.createDirectories(files.site);
            return files;
        }
        try (Stream<Path> walk = Files.walk(files.site)) { // links are not followed
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile() && !attributes.isDirectory()) {
                    Files.delete(path);
                }
            }
        }
        for (String name : deleted) {
            Files.deleteIfExists(files.site.resolve(name));
        }
        return files;
    }

    /** The site folder. */
    Path site() {
        return site;
    }

    /** Writes the text as UTF-8 unless the file holds exactly these bytes; returns the file. */
    Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes unless the file holds exactly these already; returns the file as given. */
    Path write(Path file, byte[] bytes) throws IOException {
        Path target = inside(file);
        produced.add(target);
        this.bytes.put(target, bytes);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return file;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written++;
        return file;
    }

    /** A file this build made by other means (a converted or kept page, the PDF pack): the sweep leaves it. */
    void produced(Path file) {
        produced.add(inside(file));
    }

    /** A file's bytes as this build wrote or found them (without reading it again), else as it is on disk. */
    byte[] bytes(Path file) throws IOException {
        byte[] known = bytes.get(inside(file));
        return known != null ? known : Files.readAllBytes(file);
    }

    /** How many files were written, not kept, so far. */
    int written() {
        return written;
    }

    /**
     * Deletes every file this build did not produce, and the folders left empty (what is written after the sweep,
     * the exports and the stamps, is written anew).
     */
    void sweep() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            // deepest first: a folder is looked at after its files
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                if (path.equals(site) || produced.contains(path) || producedUnderAnotherCase(path)) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> entries = Files.list(path)) {
                        if (entries.findAny().isPresent()) {
                            continue;
                        }
                    }
                }
                Files.delete(path);
            }
        }
    }

    /**
     * Whether the path is a file this build produced under a name that differs only in case: on a case-insensitive
     * disk (macOS, Windows) a page whose record id changed case keeps the name it had, and is the same file.
     */
    private boolean producedUnderAnotherCase(Path path) throws IOException {
        String name = path.toString();
        for (Path file : produced) {
            if (file.toString().equalsIgnoreCase(name) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.isSameFile(file, path)) {
                return true;
            }
        }
        return false;
    }

    private Path inside(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(site) || target.equals(site)) {
            throw new IllegalArgumentException("not a file of the site " + site + ": " + file);
        }
        return target;
    }
}
