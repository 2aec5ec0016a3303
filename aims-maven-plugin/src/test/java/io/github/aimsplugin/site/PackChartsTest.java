package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The pack's charts are well-formed SVG in the pack's font, and hostile labels stay text, in the files and the PDF. */
class PackChartsTest {

    @TempDir
    Path work;

    @Test
    void hostileLabelsAreTextInWellFormedSvgFiles() throws Exception {
        SiteInput input = SiteFixtures.input(SiteFixtures.fixture("hostile", work.resolve("hostile")));
        Path adoc = Files.createDirectories(work.resolve("adoc"));
        Map<String, String> charts = PackCharts.write(input, new SiteLinks(), new SiteTemplates(null), adoc);
        assertThat(charts).containsOnlyKeys(PackCharts.MATRIX, PackCharts.INHERENT, PackCharts.RESIDUAL,
                PackCharts.SOA, PackCharts.RISK_LEVELS);
        for (String name : charts.keySet()) {
            Document svg = parse(adoc.resolve(name));
            Element root = svg.getDocumentElement();
            assertThat(root.getTagName()).as(name).isEqualTo("svg");
            assertThat(root.getAttribute("font-family")).as(name).isEqualTo(PackCharts.FONT);
            assertThat(svg.getElementsByTagName("script").getLength()).as(name).isZero();
            assertThat(svg.getElementsByTagName("img").getLength()).as(name).isZero();
            // The pack has no lists for the cells to link to.
            assertThat(svg.getElementsByTagName("a").getLength()).as(name).isZero();
        }
        assertThat(parse(adoc.resolve(PackCharts.MATRIX)).getDocumentElement().getTextContent())
                .contains("</svg><script>alert(8)</script>").contains("{user-home}");
    }

    @Test
    void aHostilePackRendersWithItsTextLiteralInPagesAndProperties() throws IOException {
        Path site = work.resolve("site");
        SiteInput input = SiteFixtures.input(SiteFixtures.fixture("hostile", work.resolve("hostile")));
        new SiteGenerator(io.github.aimsplugin.site.render.TestRenderers.BUILD).generate(input, site, null, "fingerprint", true);
        try (PDDocument pdf = Loader.loadPDF(site.resolve(AuditPack.PDF).toFile())) {
            String organisation = "<script>alert('org')</script> Evil & Co";
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("AIMS audit pack: " + organisation);
            assertThat(pdf.getDocumentInformation().getSubject()).startsWith(organisation + ", AI management system");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Evil & Co").contains("{user-home}");
        }
        // Nothing was fetched or written beside the pack but its own sources, theme and charts.
        try (var files = Files.list(site.resolve("adoc"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".adoc") || name.endsWith(".svg") || name.endsWith(".yml")
                            || name.startsWith("docinfo"));
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
