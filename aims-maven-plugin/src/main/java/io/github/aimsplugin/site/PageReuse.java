package io.github.aimsplugin.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rendering only what changed ({@code .aims-site-pages}, beside the site's stamp): for each page, the hash of
 * everything its HTML is made of — its {@code .adoc}, the page shell (template, docinfo, generator line), the
 * conversion's attributes and the plugin build — and what Asciidoctor said about it; for the PDF pack, the hash of
 * every file of {@code adoc/} (which SAFE mode jails its includes and images to) and its attributes. A page whose hash
 * is the last build's keeps its HTML byte for byte; a page that includes a file, inlines an image or whose messages
 * cannot be told apart from another page's is always converted. The file is deleted as a build starts and written
 * just before the stamp, so a build that stops half-way leaves nothing that a later one could trust.
 */
final class PageReuse {

    static final String FILE = ".aims-site-pages";
    private static final String HEADER = "aims-site-pages 1";
    private static final String PDF_ENTRY = "aims-audit-pack.pdf";

    /** The last build's hash and messages of each output file ({@code risk-R-01.html}, the PDF). */
    private record Entry(String hash, List<String> messages) {}

    private final Map<String, Entry> last;

    private PageReuse(Map<String, Entry> last) {
        this.last = last;
    }

    /** The last build's hashes, read and then deleted; none when the file is missing, foreign or unreadable. */
    static PageReuse take(Path siteDirectory) {
        Path file = siteDirectory.resolve(FILE);
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] parts = line.split(" ", -1);
                        if (parts.length >= 2 && outputName(parts[0])) {
                            List<String> said = new ArrayList<>();
                            for (int i = 2; i < parts.length; i++) {
                                said.add(new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8));
                            }
                            entries.put(parts[0], new Entry(parts[1], List.copyOf(said)));
                        }
                    }
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException | IllegalArgumentException e) {
            entries.clear(); // render everything: the site is rebuilt either way
        }
        return new PageReuse(entries);
    }

    /** The output files the site's cleaning must leave for now: those the last build hashed. */
    Set<String> files() {
        return last.keySet();
    }

    /** A page's or the pack's file name as this file may name it: a plain name inside the site folder. */
    private static boolean outputName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.(html|pdf)") && !name.contains("..");
    }

    /** What this build converts and what it keeps, decided page by page. */
    static final class Plan {

        private final Path siteDirectory;
        private final Map<Path, String> hashes = new LinkedHashMap<>();
        private final List<Path> convert = new ArrayList<>();
        private final List<String> keptMessages = new ArrayList<>();
        private final Map<String, Entry> next = new LinkedHashMap<>();
        private String pdfHash;
        private int kept;

        private Plan(Path siteDirectory) {
            this.siteDirectory = siteDirectory;
        }

        /** The pages to convert, in the writer's order. */
        List<Path> convert() {
            return List.copyOf(convert);
        }

        /** What Asciidoctor said, last time, about the pages kept. */
        List<String> keptMessages() {
            return List.copyOf(keptMessages);
        }

        int kept() {
            return kept;
        }

        /** Records the converted pages' hashes with what Asciidoctor said about them; false when it cannot tell. */
        void converted(List<String> messages) {
            Map<Path, List<String>> byPage = new LinkedHashMap<>();
            convert.forEach(page -> byPage.put(page, new ArrayList<>()));
            for (String message : messages) {
                Path page = byPage.keySet().stream().filter(source -> message.contains(" " + source + ":"))
                        .findFirst().orElse(null);
                if (page == null) {
                    // a message without its page: no page of this build is kept next time
                    hashes.clear();
                    next.clear();
                    return;
                }
                byPage.get(page).add(message);
            }
            byPage.forEach((page, said) -> {
                if (hashes.containsKey(page)) {
                    next.put(htmlName(page), new Entry(hashes.get(page), said));
                }
            });
        }

        /** Writes the hashes for the next build, the PDF's with what it said (when it was made or kept). */
        void write(List<String> pdfMessages) throws IOException {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            if (pdfHash != null) {
                next.put(PDF_ENTRY, new Entry(pdfHash, pdfMessages));
            }
            // by name: the same site gives the same file, however many pages it kept
            new java.util.TreeMap<>(next).forEach((name, entry) -> {
                text.append(name).append(' ').append(entry.hash());
                entry.messages().forEach(message -> text.append(' ').append(Base64.getEncoder()
                        .encodeToString(message.getBytes(StandardCharsets.UTF_8))));
                text.append('\n');
            });
            Files.writeString(siteDirectory.resolve(FILE), text.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Decides each page: kept when its hash is the last build's and its HTML is there; else converted (its old HTML
     * deleted first). Files the last build hashed that this one has no page for are deleted.
     *
     * @param common the hash of what every page's HTML depends on besides its source ({@link #common})
     * @param files the site's files, which hold the sources' bytes as they were just written
     */
    Plan plan(Path siteDirectory, List<Path> sources, String common, SiteFiles files) throws IOException {
        Plan plan = new Plan(siteDirectory);
        Set<String> unclaimed = new LinkedHashSet<>(last.keySet());
        unclaimed.remove(PDF_ENTRY);
        for (Path source : sources) {
            String name = htmlName(source);
            unclaimed.remove(name);
            byte[] adoc = files.bytes(source);
            String text = new String(adoc, StandardCharsets.UTF_8);
            Entry before = last.get(name);
            String hash = reusable(text) ? hash(common, name, adoc) : null;
            Path html = siteDirectory.resolve(name);
            if (hash != null) {
                plan.hashes.put(source, hash);
            }
            if (hash != null && before != null && before.hash().equals(hash)
                    && Files.isRegularFile(html, LinkOption.NOFOLLOW_LINKS)) {
                plan.keptMessages.addAll(before.messages());
                plan.next.put(name, before);
                plan.kept++;
            } else {
                if (before != null) {
                    Files.deleteIfExists(html);
                }
                plan.convert.add(source);
            }
        }
        for (String gone : unclaimed) {
            Files.deleteIfExists(siteDirectory.resolve(gone));
        }
        return plan;
    }

    /**
     * Whether the PDF pack of the last build can stay: the hash of every file in {@code adoc/} and of the pack's
     * attributes is the last build's. Otherwise the old PDF is deleted. Either way the plan remembers the hash.
     */
    boolean keepPdf(Plan plan, Path siteDirectory, String common, Map<String, String> attributes) throws IOException {
        MessageDigest digest = digest();
        update(digest, common);
        attributes.forEach((key, value) -> update(digest, key + "=" + value));
        Path adoc = siteDirectory.resolve("adoc");
        try (Stream<Path> files = Files.walk(adoc)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, adoc.relativize(file).toString().replace('\\', '/'));
                byte[] bytes = Files.readAllBytes(file);
                update(digest, String.valueOf(bytes.length));
                digest.update(bytes);
            }
        }
        plan.pdfHash = HexFormat.of().formatHex(digest.digest());
        Entry before = last.get(PDF_ENTRY);
        Path pdf = siteDirectory.resolve(PDF_ENTRY);
        if (before != null && before.hash().equals(plan.pdfHash) && Files.isRegularFile(pdf, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Files.deleteIfExists(pdf);
        return false;
    }

    /** Deletes the last build's PDF pack: this build makes none. */
    void dropPdf(Path siteDirectory) throws IOException {
        Files.deleteIfExists(siteDirectory.resolve(PDF_ENTRY));
    }

    /** What Asciidoctor said about the kept PDF last time. */
    List<String> pdfMessages() {
        Entry before = last.get(PDF_ENTRY);
        return before == null ? List.of() : before.messages();
    }

    /**
     * What every page's HTML depends on besides its own source: the plugin build (its version and its jar's size
     * and time), the page shell as it wraps a marker title and body (template, docinfo, generator line), the
     * conversion's attributes. Not the site's folder: the HTML holds no path (SAFE mode), and a site built in two
     * folders is the same.
     */
    static String common(String pluginVersion, String shellSample, Map<String, String> attributes) {
        MessageDigest digest = digest();
        update(digest, HEADER);
        update(digest, pluginVersion);
        update(digest, pluginBuild());
        update(digest, shellSample);
        attributes.forEach((key, value) -> update(digest, key + "=" + value));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Pages whose HTML reads another file than their source are never kept: that file is not hashed. */
    private static boolean reusable(String adoc) {
        return !adoc.contains("include::") && !adoc.contains("data-uri") && !adoc.contains("opts=inline")
                && !adoc.contains("options=inline") && !adoc.contains("options=\"inline") && !adoc.contains("%inline");
    }

    private static String hash(String common, String name, byte[] adoc) {
        MessageDigest digest = digest();
        update(digest, common);
        update(digest, name);
        digest.update(adoc);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The plugin's own jar (or class folder, in tests) by size and time: a rebuilt snapshot renders anew. */
    private static String pluginBuild() {
        try {
            Path code = Path.of(PageReuse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime(); // never the same twice: nothing is kept
        }
    }

    static String htmlName(Path source) {
        String name = source.getFileName().toString();
        return name.substring(0, name.length() - ".adoc".length()) + ".html";
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
