package io.github.aimsplugin.site;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a site is made of — record files, evidence files, templates, plugin version and
 * settings — computed without parsing anything, so that an unchanged site is recognised in a fraction of a second.
 */
public final class InputFingerprint {

    /** A {@code file:} field of a record (Evidence), on its own line. */
    private static final Pattern FILE_FIELD = Pattern.compile("(?m)^[ \\t]*file:[ \\t]*(\\S.*?)[ \\t]*$");

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
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        }
        return this;
    }

    /** The record files, and the evidence files they name, of a module whose directory is {@code base}. */
    public InputFingerprint records(Path base, List<Path> sourceDirectories) throws IOException {
        return records(base, base, sourceDirectories);
    }

    /**
     * The record files of the module in {@code module}, and every file their Evidence records name ({@code file:},
     * relative to the module): evidence may lie anywhere in the module, not only under {@code docs/}, and the site
     * shows its SHA-256. Found by a line scan, without parsing: a line that is no evidence only costs a read.
     */
    public InputFingerprint records(Path base, Path module, List<Path> sourceDirectories) throws IOException {
        List<Path> evidence = new ArrayList<>();
        for (RecordFiles.RecordFile file : RecordFiles.find(module, sourceDirectories)) {
            file(base, file.path());
            // Malformed bytes are replaced, not refused: validation reports them, located, after this.
            Matcher field = FILE_FIELD.matcher(new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8));
            while (field.find()) {
                Path named;
                try {
                    named = module.resolve(unquoted(field.group(1))).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    continue;
                }
                if (named.startsWith(module) && (!Files.exists(named) || RecordFiles.staysInside(module, named))) {
                    evidence.add(named);
                }
            }
        }
        for (Path file : evidence.stream().distinct().sorted().toList()) {
            text("evidence", "").file(base, file);
        }
        return this;
    }

    private static String unquoted(String value) {
        String stripped = value.replaceFirst("\\s+#.*$", "").strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
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
