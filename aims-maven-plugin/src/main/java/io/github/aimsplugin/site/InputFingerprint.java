package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.EvidenceFiles;
import io.github.aimsplugin.schema.load.ContainedFiles;
import io.github.aimsplugin.schema.load.RecordFiles;
import java.io.IOException;
import java.io.InputStream;
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
 * The evidence files are those the last build's records named ({@link SiteStamp}): if the records changed, the
 * fingerprint changed anyway.
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

    private InputFingerprint(MessageDigest digest) {
        this.digest = digest;
    }

    public InputFingerprint text(String label, String value) {
        digest.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A file's path and bytes; read only when, after its links, it is a regular file (never a pipe or device). */
    public InputFingerprint file(Path base, Path file) throws IOException {
        text("file", base.relativize(file).toString().replace('\\', '/'));
        Path real = ContainedFiles.real(file);
        if (!Files.exists(real)) {
            return text("absent", "");
        }
        String notRegular = ContainedFiles.notRegular(real);
        if (notRegular != null) {
            return text("not-regular", notRegular);
        }
        return bytesOf(real);
    }

    /**
     * The evidence files a site was built from, as its stamp lists them ({@link SiteStamp}): each resolved and read
     * exactly as the check resolves it, so a file the check would refuse is never read here either.
     */
    public InputFingerprint evidence(Path base, List<String> entries) throws IOException {
        Path root = ContainedFiles.real(base);
        for (String entry : entries) {
            if (entry.startsWith(SiteStamp.GOVERNED)) {
                governed(root, entry);
                continue;
            }
            String[] parts = entry.split("\t", 2);
            Path module = root.resolve(parts[0]).normalize();
            if (parts.length < 2 || !module.startsWith(root)) {
                text("evidence-entry", entry);
                continue;
            }
            EvidenceFiles.Resolution resolution = EvidenceFiles.resolve(module, parts[1]);
            text("evidence", entry + "=" + resolution.resolved().map(file -> file.real().toString())
                    .orElse(resolution.problem()));
            if (resolution.file() != null) {
                bytesOf(resolution.file().real());
            }
        }
        return this;
    }

    /** A governed path by the names, sizes and times under it, as the check cache watches it; never outside. */
    private void governed(Path root, String entry) throws IOException {
        String[] parts = entry.substring(SiteStamp.GOVERNED.length()).split("\t", 2);
        Path module = root.resolve(parts[0]).normalize();
        Path path = parts.length < 2 ? null : module.resolve(parts[1]).normalize();
        if (path == null || !module.startsWith(root) || !path.startsWith(module)) {
            text("governed-entry", entry);
            return;
        }
        text("governed", entry + "=" + io.github.aimsplugin.check.cache.Watched.stateInside(module, path));
    }

    /** A copy that goes on from the same state: one fingerprint of the inputs, completed with two evidence lists. */
    public InputFingerprint copy() {
        try {
            return new InputFingerprint((MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be copied", e);
        }
    }

    private InputFingerprint bytesOf(Path real) throws IOException {
        try (InputStream in = ContainedFiles.open(real)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return this;
    }

    /** The record files under the source directories of a module whose directory is {@code base}. */
    public InputFingerprint records(Path base, List<Path> sourceDirectories) throws IOException {
        for (RecordFiles.RecordFile file : RecordFiles.find(base, sourceDirectories)) {
            file(base, file.path());
        }
        return this;
    }

    /** The record files of a module of an aggregate, shown relative to the aggregate's directory. */
    public InputFingerprint records(Path base, Path module, List<Path> sourceDirectories) throws IOException {
        for (RecordFiles.RecordFile file : RecordFiles.find(base, module, sourceDirectories)) {
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
            // Links are not followed: a template folder holds its templates, not a way out of the project.
            walk.filter(path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted()
                    .forEach(files::add);
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
