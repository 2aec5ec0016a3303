package io.github.aimsplugin.site;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/** Writes the AsciiDoc sources and renders them to HTML with the shared Asciidoctor, in one conversion call. */
public final class SiteGenerator {

    public static final String FINGERPRINT_FILE = ".aims-site-fingerprint";

    /** What a generation did, for the log. */
    public record Outcome(int pages, long writeMillis, long bootMillis, long convertMillis, List<String> messages) {}

    /** Whether the site in {@code siteDirectory} was built from inputs with this fingerprint. */
    public static boolean upToDate(Path siteDirectory, String fingerprint) {
        try {
            Path stored = siteDirectory.resolve(FINGERPRINT_FILE);
            return Files.isRegularFile(siteDirectory.resolve("index.html")) && Files.isRegularFile(stored)
                    && Files.readString(stored, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    public Outcome generate(SiteInput input, Path siteDirectory, Path templateDirectory, String fingerprint)
            throws IOException {
        clean(siteDirectory);
        long start = System.nanoTime();
        List<Path> sources = new SiteWriter(templateDirectory).write(input, siteDirectory);
        long written = System.nanoTime();
        boolean boot = !SharedAsciidoctor.isRunning();
        SharedAsciidoctor.Conversion conversion = SharedAsciidoctor.convert(
                sources.stream().map(Path::toFile).toList(), options(siteDirectory));
        long convertMillis = conversion.millis();
        long total = (System.nanoTime() - written) / 1_000_000;
        Files.writeString(siteDirectory.resolve(FINGERPRINT_FILE), fingerprint + "\n", StandardCharsets.UTF_8);
        return new Outcome(sources.size(), (written - start) / 1_000_000, boot ? total - convertMillis : 0,
                convertMillis, conversion.messages());
    }

    static Options options(Path siteDirectory) {
        Path adoc = siteDirectory.resolve("adoc");
        Attributes attributes = Attributes.builder()
                .linkCss(true)
                .stylesDir("css")
                .styleSheetName("aims.css")
                .noFooter(true)
                .attribute("reproducible")
                .attribute("docinfo", "shared")
                .attribute("docinfodir", adoc.toAbsolutePath().toString())
                .attribute("webfonts!")
                .build();
        return Options.builder()
                .safe(SafeMode.SAFE)
                .backend("html5")
                .standalone(true)
                .baseDir(siteDirectory.toFile())
                .toDir(siteDirectory.toFile())
                .mkDirs(true)
                .attributes(attributes)
                .build();
    }

    /** Empties the site directory, which the plugin owns, so that pages of deleted records do not linger. */
    private static void clean(Path siteDirectory) throws IOException {
        if (!Files.isDirectory(siteDirectory)) {
            Files.createDirectories(siteDirectory);
            return;
        }
        try (Stream<Path> walk = Files.walk(siteDirectory)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                if (!path.equals(siteDirectory)) {
                    Files.delete(path);
                }
            }
        }
    }

}
