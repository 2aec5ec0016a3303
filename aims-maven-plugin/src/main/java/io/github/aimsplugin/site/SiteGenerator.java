package io.github.aimsplugin.site;

import io.github.aimsplugin.site.render.RenderOptions;
import io.github.aimsplugin.site.render.Renderer;
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

    /** With the build's renderer (tests render the same site in this JVM and in a renderer JVM). */
    public SiteGenerator(Renderer renderer) {
        this.renderer = renderer;
    }

    public static final String FINGERPRINT_FILE = SiteStamp.FILE;

    /**
     * What a generation did, for the log.
     *
     * @param kept the pages whose HTML the last build made from the same inputs, kept byte for byte
     * @param pdfKept whether the PDF pack was kept for the same reason
     * @param written the pages whose AsciiDoc source changed and was written (the others are left as they are)
     */
    public record Outcome(int pages, long writeMillis, long bootMillis, long waitedForBootMillis, long convertMillis,
            long pdfMillis, List<String> messages, String renderedWhere, int kept, boolean pdfKept, int written) {}

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

    /**
     * Builds the site and, when asked, the PDF audit pack from the same AsciiDoc; pages (and the pack) whose inputs
     * are the last build's keep their output ({@link PageReuse}).
     */
    public Outcome generate(SiteInput input, Path siteDirectory, Path templateDirectory, SiteStamp stamp,
            boolean pdf) throws IOException {
        if (pdf) {
            renderer.preparePdf();
        }
        PageReuse last = PageReuse.take(siteDirectory);
        SiteFiles files = SiteFiles.open(siteDirectory, FINGERPRINT_FILE);
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(templateDirectory);
        List<Path> sources = writer.write(input, files);
        Path pack = pdf ? AuditPack.write(input, writer, siteDirectory, templateDirectory) : null;
        long written = System.nanoTime();
        String generator = "Asciidoctor " + renderer.version();
        long waited = (System.nanoTime() - written) / 1_000_000;
        boolean boot = renderer.claimStartReport();
        PageShell shell = new PageShell(new SiteTemplates(templateDirectory), siteDirectory.resolve("adoc"), generator);
        RenderOptions options = options(siteDirectory);
        String common = PageReuse.common(input.pluginVersion(), shell.page("\u0001", "\u0002"), options.attributes());
        PageReuse.Plan plan = last.plan(siteDirectory, sources, common, files);
        sources.forEach(source -> files.produced(siteDirectory.resolve(htmlName(source))));
        if (pack != null) {
            files.produced(siteDirectory.resolve(AuditPack.PDF)); // kept or made below
        }
        files.sweep(); // before the pack's hash of adoc/: pages of deleted records are gone

        Renderer.Conversion conversion = plan.convert().isEmpty() ? new Renderer.Conversion(0, 0, List.of())
                : renderer.convert(plan.convert(), options, (source, title, body) -> Files.writeString(
                        siteDirectory.resolve(htmlName(source)), shell.page(title, body), StandardCharsets.UTF_8));
        plan.converted(conversion.messages());
        List<String> messages = new java.util.ArrayList<>(conversion.messages());
        messages.addAll(plan.keptMessages());
        java.util.Collections.sort(messages);
        long pdfMillis = 0;
        boolean pdfKept = false;
        List<String> pdfMessages = List.of();
        if (pack == null) {
            last.dropPdf(siteDirectory); // a site built without the pack holds none, not the last build's
        } else {
            Map<String, String> packAttributes = AuditPack.attributes(input);
            pdfKept = last.keepPdf(plan, siteDirectory, common, packAttributes);
            if (pdfKept) {
                pdfMessages = last.pdfMessages();
            } else {
                Renderer.Conversion printed = renderer.convertToPdf(pack, pdfOptions(siteDirectory, packAttributes));
                pdfMillis = printed.millis();
                // SAFE mode writes only inside its base directory (adoc/, where the includes are); the pack joins
                // the site.
                Files.move(siteDirectory.resolve("adoc").resolve(AuditPack.PDF),
                        siteDirectory.resolve(AuditPack.PDF), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                pdfMessages = printed.messages();
            }
            messages.addAll(pdfMessages);
        }
        plan.write(pdfMessages);
        Files.writeString(siteDirectory.resolve(FINGERPRINT_FILE), stamp.text(), StandardCharsets.UTF_8);
        return new Outcome(sources.size(), (written - start) / 1_000_000, boot ? renderer.bootMillis() : 0,
                waited, conversion.millis(), pdfMillis, List.copyOf(messages), renderer.where(), plan.kept(),
                pdfKept, writer.pagesWritten());
    }

    private static String htmlName(Path source) {
        return PageReuse.htmlName(source);
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
}
