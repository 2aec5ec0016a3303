package io.github.aimsplugin.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The renderer JVM's AppCDS archive (JRuby's and AsciidoctorJ's classes, parsed once and mapped by later JVMs): made
 * by the first renderer with {@code -XX:ArchiveClassesAtExit} into a file of its own, published under its key when
 * that JVM has exited cleanly, used by later renderers with {@code -XX:SharedArchiveFile}. The key covers the JDK and
 * every jar of the class path (name, size, time), so a new plugin or AsciidoctorJ version, or another JDK, makes a new
 * archive. Beside it, a checksum file holds its size and CRC-32, written when it is published: an archive whose bytes
 * no longer match (a disk fault, a bad copy of the cache) is deleted and made again, never mapped, since a JVM that
 * maps a corrupt archive with an intact header can crash. An archive in use when the renderer ended unexpectedly is
 * deleted too ({@link #discard()}).
 */
final class CdsArchive {

    /** The first four bytes of a Java 17 dynamic archive ({@code CDS_DYNAMIC_ARCHIVE_MAGIC}). */
    static final int MAGIC = 0xf00baba8;

    /** How many archives the cache keeps. */
    static final int KEPT = 3;

    private final Path archive;
    private final Path checksum;
    private Path pending;

    private CdsArchive(Path archive) {
        this.archive = archive;
        this.checksum = archive.resolveSibling(archive.getFileName() + ".crc");
    }

    /** An archive for this class path and these flags, or none when there is no cache or a folder on the path. */
    static Optional<CdsArchive> of(Path cacheDirectory, List<Path> classPath, List<String> flags) {
        // Java 17 archives only classes loaded from jars.
        if (cacheDirectory == null || classPath.isEmpty() || !classPath.stream().allMatch(CdsArchive::isJar)) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String property : List.of("java.vm.vendor", "java.vm.version", "java.home", "os.arch")) {
                digest.update((System.getProperty(property, "") + "\n").getBytes(StandardCharsets.UTF_8));
            }
            flags.forEach(flag -> digest.update((flag + "\n").getBytes(StandardCharsets.UTF_8)));
            for (Path jar : classPath) {
                BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                digest.update((jar.toAbsolutePath() + "|" + attributes.size() + "|"
                        + attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String key = HexFormat.of().formatHex(digest.digest()).substring(0, 24);
            return Optional.of(new CdsArchive(cacheDirectory.resolve("renderer-" + key + ".jsa")));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** The JVM flag: use the archive when a sound one is there, else make one at exit (into a file of our own). */
    List<String> flags() {
        if (usable(archive) && intact()) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            Files.deleteIfExists(checksum);
        } catch (IOException e) {
            return List.of();
        }
        pending = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        prune(archive.getParent(), KEPT - 1); // room for the one this renderer makes
        return List.of("-XX:ArchiveClassesAtExit=" + pending);
    }

    /** Deletes the archive (the renderer that mapped it ended unexpectedly), so that the next renderer makes one. */
    void discard() {
        if (pending != null) {
            return;
        }
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(checksum);
        } catch (IOException e) {
            // the next build finds it again, and its checksum decides
        }
    }

    /** Whether the archive's size and CRC-32 are those written when it was published. */
    private boolean intact() {
        try {
            return Files.isRegularFile(checksum) && Files.size(checksum) < 64
                    && Files.readString(checksum, StandardCharsets.US_ASCII).strip().equals(fingerprint(archive));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code <size> <crc32>} of a file. */
    static String fingerprint(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        return size + " " + Long.toHexString(crc.getValue());
    }

    /** Whether the renderer is writing an archive as it exits (its exit then takes a little longer). */
    boolean creating() {
        return pending != null;
    }

    /** After the renderer exited: moves a sound new archive into place at once (atomically), else drops it. */
    void publish(boolean exitedCleanly) {
        if (pending == null) {
            return;
        }
        try {
            if (exitedCleanly && usable(pending)) {
                // the checksum first: an archive is never there without the checksum it must match
                Path sum = Files.writeString(pending.resolveSibling(pending.getFileName() + ".crc"),
                        fingerprint(pending) + "\n", StandardCharsets.US_ASCII);
                Files.move(sum, checksum, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                prune(archive.getParent(), KEPT);
            }
        } catch (IOException e) {
            // another build may have published the same archive; ours is dropped below
        } finally {
            try {
                Files.deleteIfExists(pending);
                Files.deleteIfExists(pending.resolveSibling(pending.getFileName() + ".crc"));
            } catch (IOException e) {
                // a stray temporary file in the cache does no harm
            }
        }
    }

    /**
     * Keeps the cache small: each plugin build (a snapshot, say) makes a new archive of 35–45 MB, so only the newest
     * {@value #KEPT} archives stay, and files left half-written by a killed build go after an hour. A JVM that maps an
     * archive being deleted keeps its mapping.
     */
    static void prune(Path cache) {
        prune(cache, KEPT);
    }

    static void prune(Path cache, int kept) {
        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.filter(file -> file.getFileName().toString().startsWith("renderer-")).toList();
            long hourAgo = System.currentTimeMillis() - 3_600_000L;
            List<Path> archives = new java.util.ArrayList<>();
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp") || name.endsWith(".tmp.crc")) {
                    if (Files.getLastModifiedTime(file).toMillis() < hourAgo) {
                        Files.deleteIfExists(file);
                    }
                } else if (file.getFileName().toString().endsWith(".jsa")) {
                    archives.add(file);
                }
            }
            archives.sort(java.util.Comparator.comparingLong(CdsArchive::modified).reversed());
            for (Path old : archives.subList(Math.min(Math.max(kept, 0), archives.size()), archives.size())) {
                Files.deleteIfExists(old);
                Files.deleteIfExists(old.resolveSibling(old.getFileName() + ".crc"));
            }
        } catch (IOException e) {
            // a cache we cannot tidy still works
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    Path file() {
        return archive;
    }

    /** A file that starts like a dynamic archive: a partial or foreign file is not used. */
    static boolean usable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ByteBuffer.wrap(head).order(ByteOrder.nativeOrder()).getInt() == MAGIC
                    && Files.size(file) > 1 << 20;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }
}
