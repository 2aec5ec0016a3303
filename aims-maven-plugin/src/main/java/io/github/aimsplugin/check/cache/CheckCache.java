package io.github.aimsplugin.check.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last check of a module, kept under {@code target/} ({@code aims.checkCache}): its key, the lines it logged, the
 * bytes of its report files, how it ended, and the files only its records named. A check with the same key and the
 * same watched files is that check again: the caller replays it instead of validating and running the rules.
 * The file holds a SHA-256 of its own body; anything that is not exactly such a file (truncated, edited, foreign,
 * another format) is no entry, never an error.
 */
public final class CheckCache {

    /** The cache file, under the build directory. */
    public static final String FILE = "aims-cache/check.txt";

    private static final String MAGIC = "aims-check-cache " + CheckInputs.FORMAT;

    /** A log line: its level ({@code I}nfo, {@code W}arning, {@code E}rror) and text. */
    public record Line(char level, String text) {}

    /**
     * One check, as it ran.
     *
     * @param key the key of its inputs ({@link CheckInputs#key})
     * @param lines what it logged, in order
     * @param reports the report files by name, as written
     * @param failure the build failure's message, or null when the check did not fail the build
     * @param watched the files only its records named, with their state then
     */
    public record Entry(String key, List<Line> lines, Map<String, byte[]> reports, String failure,
            List<Watched> watched) {
        public Entry {
            lines = List.copyOf(lines);
            reports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reports));
            watched = List.copyOf(watched);
        }
    }

    private final Path file;
    private final Path buildDirectory;

    /** @param buildDirectory the module's build directory */
    public CheckCache(Path buildDirectory) {
        this.file = buildDirectory.resolve(FILE);
        this.buildDirectory = buildDirectory;
    }

    public Path file() {
        return file;
    }

    /**
     * The entry of this key, when the file holds one and every watched file is as it was.
     *
     * @param buildStarted this build's start, as the check asks it of metric sources
     * @param testsSkipped whether this build skipped its tests
     */
    public Optional<Entry> find(String key, Instant buildStarted, boolean testsSkipped) {
        Optional<Entry> entry = read();
        if (entry.isEmpty() || !entry.get().key().equals(key)) {
            return Optional.empty();
        }
        for (Watched watched : entry.get().watched()) {
            if (!watched.unchanged(buildStarted, testsSkipped)) {
                return Optional.empty();
            }
        }
        return entry;
    }

    /** The entry in the file, if the file is one, whole and of this format. */
    Optional<Entry> read() {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !contained()) {
                return Optional.empty();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable, not UTF-8, malformed: no entry, the check runs in full
        }
    }

    /** Keeps an entry, replacing the last; a cache that cannot be written only costs the next build its speed. */
    public void store(Entry entry) {
        try {
            Files.createDirectories(file.getParent());
            if (!contained()) {
                return;
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, format(entry), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            forget();
        }
    }

    /** Removes the entry, so that a check that did not finish is never replayed as the one before it. */
    public void forget() {
        try {
            if (contained()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A stale entry is keyed by inputs that are not today's: it is never taken for this check.
        }
    }

    /**
     * Whether the cache folder lies inside the build directory also after its links are followed: a folder committed
     * as a link (target/aims-cache -> elsewhere) is neither read, written nor emptied.
     */
    private boolean contained() {
        Path realBuild = io.github.aimsplugin.schema.load.ContainedFiles.realDestination(
                buildDirectory.toAbsolutePath().normalize());
        return io.github.aimsplugin.schema.load.ContainedFiles.realDestination(file.getParent().toAbsolutePath().normalize())
                .startsWith(realBuild);
    }

    static String format(Entry entry) {
        StringBuilder body = new StringBuilder();
        for (Line line : entry.lines()) {
            body.append("L ").append(line.level()).append(' ').append(encode(line.text())).append('\n');
        }
        entry.reports().forEach((name, bytes) -> body.append("R ").append(encode(name)).append(' ')
                .append(Base64.getEncoder().encodeToString(bytes)).append('\n'));
        for (Watched watched : entry.watched()) {
            body.append("W ").append(encode(watched.root())).append(' ').append(encode(watched.path())).append(' ')
                    .append(encode(watched.state())).append('\n');
        }
        if (entry.failure() != null) {
            body.append("F ").append(encode(entry.failure())).append('\n');
        }
        String text = body.toString();
        return MAGIC + "\nkey " + entry.key() + "\nbody " + sum(entry.key(), text) + "\n" + text;
    }

    /** The SHA-256 of the key and the body: a file cut short or edited anywhere is no entry. */
    private static String sum(String key, String body) {
        return Digest.hex((key + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Entry> parse(String text) {
        try {
            return entry(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Entry> entry(String text) {
        String[] head = text.split("\n", 4);
        if (head.length < 4 || !head[0].equals(MAGIC) || !head[1].startsWith("key ") || !head[2].startsWith("body ")
                || !head[2].substring(5).equals(sum(head[1].substring(4), head[3]))) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        Map<String, byte[]> reports = new LinkedHashMap<>();
        List<Watched> watched = new ArrayList<>();
        String failure = null;
        for (String line : head[3].split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(" ", -1);
            if (parts.length != ("F".equals(parts[0]) ? 2 : "W".equals(parts[0]) ? 4 : 3)) {
                return Optional.empty();
            }
            switch (parts[0]) {
                case "L" -> lines.add(new Line(level(parts[1]), decode(parts[2])));
                case "R" -> reports.put(reportName(decode(parts[1])), Base64.getDecoder().decode(parts[2]));
                case "W" -> watched.add(new Watched(decode(parts[1]), decode(parts[2]), decode(parts[3])));
                case "F" -> failure = decode(parts[1]);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Entry(head[1].substring(4), lines, reports, failure, watched));
    }

    private static char level(String level) {
        if (level.length() != 1 || "IWE".indexOf(level.charAt(0)) < 0) {
            throw new IllegalArgumentException("not a level: " + level);
        }
        return level.charAt(0);
    }

    /** A report's name is a plain file name: an entry never writes outside the report folder. */
    private static String reportName(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a report name: " + name);
        }
        return name;
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
