package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.load.RecordFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a site is made of — record files, evidence files, templates, plugin version and
 * settings — computed without parsing anything, so that an unchanged site is recognised in a fraction of a second.
 */
public final class InputFingerprint {

    private final MessageDigest digest;

    public InputFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputFingerprint text(String label, String value) {
        digest.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public InputFingerprint file(Path base, Path file) throws IOException {
        text("file", base.relativize(file).toString().replace('\\', '/'));
        digest.update(Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
        return this;
    }

    public InputFingerprint records(Path base, List<Path> sourceDirectories) throws IOException {
        for (RecordFiles.RecordFile file : RecordFiles.find(base, sourceDirectories)) {
            file(base, file.path());
        }
        return this;
    }

    public InputFingerprint directory(Path base, Path directory) throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            return text("directory", "none");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path file : files) {
            text("template", directory.relativize(file).toString()).file(base, file);
        }
        return this;
    }

    /** A resource of the plugin's class path, such as a built-in template. */
    public InputFingerprint resource(String name) throws IOException {
        text("resource", name);
        try (var in = InputFingerprint.class.getClassLoader().getResourceAsStream(name)) {
            digest.update(in == null ? new byte[0] : in.readAllBytes());
        }
        return this;
    }

    /** The jar (or folder) a class was loaded from, by size and time: a rebuilt SNAPSHOT plugin is a new input. */
    public InputFingerprint codeOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return text("code", location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location));
        } catch (Exception e) {
            return text("code", "unknown");
        }
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
