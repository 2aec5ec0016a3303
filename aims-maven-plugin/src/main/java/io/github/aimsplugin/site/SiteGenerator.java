package io.github.aimsplugin.site;

import io.github.aimsplugin.site.render.RenderOptions;
import io.github.aimsplugin.site.render.Renderer;
import io.github.aimsplugin.site.render.SharedRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the AsciiDoc sources and renders them to HTML with the build's renderer, which boots in the background
 * while the sources are written.
 */
public final class SiteGenerator {

    private final Renderer renderer;

    /** With the build's shared renderer ({@link SharedRenderer}). */
    public SiteGenerator() {
        this(null);
    }

    /** With this renderer (tests render the same site in this JVM and in a renderer JVM). */
    public SiteGenerator(Renderer renderer) {
        this.renderer = renderer;
    }

    public static final String FINGERPRINT_FILE = SiteStamp.FILE;

    /** What a generation did, for the log. */
    public record Outcome(int pages, long writeMillis, long bootMillis, long waitedForBootMillis, long convertMillis,
            long pdfMillis, List<String> messages, String renderedWhere) {}

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
        Renderer renderer = this.renderer == null ? SharedRenderer.get() : this.renderer;
        if (pdf) {
            renderer.preparePdf();
        }
        clean(siteDirectory);
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(templateDirectory);
        List<Path> sources = writer.write(input, siteDirectory);
        Path pack = pdf ? AuditPack.write(input, writer, siteDirectory, templateDirectory) : null;
        long written = System.nanoTime();
        String generator = "Asciidoctor " + renderer.version();
        long waited = (System.nanoTime() - written) / 1_000_000;
        boolean boot = this.renderer == null && SharedRenderer.firstToReportStart();
        PageShell shell = new PageShell(new SiteTemplates(templateDirectory), siteDirectory.resolve("adoc"), generator);
        Renderer.Conversion conversion = renderer.convert(sources, options(siteDirectory),
                (source, title, body) -> Files.writeString(siteDirectory.resolve(htmlName(source)),
                        shell.page(title, body), StandardCharsets.UTF_8));
        List<String> messages = new java.util.ArrayList<>(conversion.messages());
        long pdfMillis = 0;
        if (pack != null) {
            Renderer.Conversion printed = renderer.convertToPdf(pack, pdfOptions(siteDirectory,
                    AuditPack.attributes(input)));
            pdfMillis = printed.millis();
            // SAFE mode writes only inside its base directory (adoc/, where the includes are); the pack joins the site.
            Files.move(siteDirectory.resolve("adoc").resolve(AuditPack.PDF), siteDirectory.resolve(AuditPack.PDF),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            messages.addAll(printed.messages());
        }
        Files.writeString(siteDirectory.resolve(FINGERPRINT_FILE), stamp.text(), StandardCharsets.UTF_8);
        return new Outcome(sources.size(), (written - start) / 1_000_000, boot ? renderer.bootMillis() : 0,
                waited, conversion.millis(), pdfMillis, List.copyOf(messages), renderer.where());
    }

    private static String htmlName(Path source) {
        String name = source.getFileName().toString();
        return name.substring(0, name.length() - ".adoc".length()) + ".html";
    }

    /** Options of the body conversion; the page around it is {@link PageShell}'s. */
    static RenderOptions options(Path siteDirectory) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("reproducible", "");
        attributes.put("webfonts!", "");
        return RenderOptions.embeddedHtml(siteDirectory, attributes);
    }

    /** Base directory adoc/, so that the pack's includes of the page sources resolve, and SAFE mode jails them. */
    static RenderOptions pdfOptions(Path siteDirectory, Map<String, String> packAttributes) {
        return RenderOptions.pdf(siteDirectory.resolve("adoc"), siteDirectory.resolve("adoc").resolve(AuditPack.PDF),
                packAttributes);
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
