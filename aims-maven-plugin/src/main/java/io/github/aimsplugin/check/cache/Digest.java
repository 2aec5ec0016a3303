package io.github.aimsplugin.check.cache;

import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over labelled texts, file contents and file stamps: the key of a cached check. */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        sha = sha256();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    Digest text(String label, Object value) {
        // The length first, so that no two sequences of texts hash alike.
        byte[] bytes = (label + "=" + value).getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
        return this;
    }

    /** A file's bytes, or why there are none (absent, a folder, a pipe); links are followed as readers follow them. */
    Digest file(String label, Path file) throws IOException {
        text(label, file);
        Path real = ContainedFiles.real(file);
        if (!Files.exists(real)) {
            return text("absent", "");
        }
        String notRegular = ContainedFiles.notRegular(real);
        if (notRegular != null) {
            return text("not-regular", notRegular);
        }
        try (InputStream in = ContainedFiles.open(real)) {
            byte[] buffer = new byte[64 * 1024];
            long length = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
                length += read;
            }
            return text("length", length);
        }
    }

    /** A resource of the plugin's class path by its bytes (a built-in catalog). */
    Digest resource(ClassLoader loader, String name) throws IOException {
        text("resource", name);
        try (InputStream in = loader.getResourceAsStream(name)) {
            return text("bytes", in == null ? "absent" : hex(in.readAllBytes()));
        }
    }

    /**
     * Every file under a path by name, size and modification time, without reading it: what a compiler or a test
     * rewrites changes its time. Links are not followed.
     */
    Digest stamp(String label, Path path) throws IOException {
        text(label, path);
        text("tree", tree(path));
        return this;
    }

    /** The stamp text of a file or of every file under a folder; "absent" when there is none. */
    static String tree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "absent";
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return one(path);
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                if (!file.equals(path)) {
                    lines.add(path.relativize(file).toString().replace('\\', '/') + " " + one(file));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String one(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            return "dir";
        }
        String link = attributes.isSymbolicLink() ? "link:" + Files.readSymbolicLink(file) + ":" : "";
        return link + attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
    }

    /** The jar (or folder) a class was loaded from, by size and time: a rebuilt SNAPSHOT plugin is a new input. */
    Digest codeOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return text("code", location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location));
        } catch (Exception e) {
            return text("code", "unknown");
        }
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
