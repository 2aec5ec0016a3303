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

/**
 * Writes the AsciiDoc sources and renders them to HTML with the shared Asciidoctor, which boots in the background
 * while the sources are written.
 */
public final class SiteGenerator {

    public static final String FINGERPRINT_FILE = SiteStamp.FILE;

    /** What a generation did, for the log. */
    public record Outcome(int pages, long writeMillis, long bootMillis, long waitedForBootMillis, long convertMillis,
            long pdfMillis, List<String> messages) {}

    /** Whether the site in {@code siteDirectory} was built from inputs with this fingerprint. */
    public static boolean upToDate(Path siteDirectory, String fingerprint) {
        return Files.isRegularFile(siteDirectory.resolve("index.html")) && SiteStamp.read(siteDirectory)
                .map(stamp -> stamp.fingerprint().equals(fingerprint)).orElse(false);
    }

    public Outcome generate(SiteInput input, Path siteDirectory, Path templateDirectory, String fingerprint)
            throws IOException {
        return generate(input, siteDirectory, templateDirectory, fingerprint, false);
    }

    public Outcome generate(SiteInput input, Path siteDirectory, Path templateDirectory, String fingerprint,
            boolean pdf) throws IOException {
        return generate(input, siteDirectory, templateDirectory, new SiteStamp(fingerprint, List.of()), pdf);
    }

    /** Builds the site and, when asked, the PDF audit pack from the same AsciiDoc. */
    public Outcome generate(SiteInput input, Path siteDirectory, Path templateDirectory, SiteStamp stamp,
            boolean pdf) throws IOException {
        SharedAsciidoctor.startBooting();
        if (pdf) {
            SharedAsciidoctor.preparePdf();
        }
        clean(siteDirectory);
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(templateDirectory);
        List<Path> sources = writer.write(input, siteDirectory);
        Path pack = pdf ? AuditPack.write(input, writer, siteDirectory, templateDirectory) : null;
        long written = System.nanoTime();
        String generator = "Asciidoctor " + SharedAsciidoctor.version();
        long waited = (System.nanoTime() - written) / 1_000_000;
        boolean boot = SharedAsciidoctor.firstToReportBoot();
        PageShell shell = new PageShell(new SiteTemplates(templateDirectory), siteDirectory.resolve("adoc"), generator);
        SharedAsciidoctor.Conversion conversion = SharedAsciidoctor.convert(sources, options(siteDirectory),
                (source, title, body) -> Files.writeString(siteDirectory.resolve(htmlName(source)),
                        shell.page(title, body), StandardCharsets.UTF_8));
        List<String> messages = new java.util.ArrayList<>(conversion.messages());
        long pdfMillis = 0;
        if (pack != null) {
            SharedAsciidoctor.Conversion printed = SharedAsciidoctor.convertToPdf(pack, pdfOptions(siteDirectory,
                    AuditPack.attributes(input)));
            pdfMillis = printed.millis();
            // SAFE mode writes only inside its base directory (adoc/, where the includes are); the pack joins the site.
            Files.move(siteDirectory.resolve("adoc").resolve(AuditPack.PDF), siteDirectory.resolve(AuditPack.PDF),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            messages.addAll(printed.messages());
        }
        Files.writeString(siteDirectory.resolve(FINGERPRINT_FILE), stamp.text(), StandardCharsets.UTF_8);
        return new Outcome(sources.size(), (written - start) / 1_000_000, boot ? SharedAsciidoctor.bootMillis() : 0,
                waited, conversion.millis(), pdfMillis, List.copyOf(messages));
    }

    private static String htmlName(Path source) {
        String name = source.getFileName().toString();
        return name.substring(0, name.length() - ".adoc".length()) + ".html";
    }

    /** Options of the body conversion; the page around it is {@link PageShell}'s. */
    static Options options(Path siteDirectory) {
        Attributes attributes = Attributes.builder()
                .attribute("reproducible")
                .attribute("webfonts!")
                .build();
        return Options.builder()
                .safe(SafeMode.SAFE)
                .backend("html5")
                .standalone(false)
                .baseDir(siteDirectory.toFile())
                .attributes(attributes)
                .build();
    }

    /** Base directory adoc/, so that the pack's includes of the page sources resolve, and SAFE mode jails them. */
    static Options pdfOptions(Path siteDirectory, java.util.Map<String, Object> packAttributes) {
        org.asciidoctor.AttributesBuilder builder = Attributes.builder();
        packAttributes.forEach(builder::attribute);
        Attributes attributes = builder.build();
        return Options.builder()
                .safe(SafeMode.SAFE)
                .backend("pdf")
                .standalone(true)
                .baseDir(siteDirectory.resolve("adoc").toFile())
                .toFile(siteDirectory.resolve("adoc").resolve(AuditPack.PDF).toFile())
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
