package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project's PDF audit pack, rendered with asciidoctor-pdf and read back with PDFBox. */
class AuditPackTest {

    @TempDir
    static Path work;

    static SiteInput input;
    static String text;
    static int pages;
    static SiteGenerator.Outcome outcome;

    @BeforeAll
    static void render() throws IOException {
        Path site = work.resolve("target/aims-site");
        input = SiteFixtures.input(SiteFixtures.exampleProject());
        outcome = new SiteGenerator().generate(input, site, null, "fingerprint", true);
        try (PDDocument pdf = Loader.loadPDF(site.resolve(AuditPack.PDF).toFile())) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf);
            Files.writeString(Path.of("target", "audit-pack.txt"), text + String.join("\n", outcome.messages()));
        }
    }

    @Test
    void everyAnnexAControlAndEveryRiskIdAppears() {
        for (String id : Catalogs.builtIn().annexA().controlIds()) {
            assertThat(text).as("control " + id).contains(id);
        }
        input.model().all(RecordKinds.RISK).forEach(risk -> assertThat(text).as("risk " + risk.id()).contains(risk.id()));
        assertThat(input.model().all(RecordKinds.RISK)).hasSizeGreaterThan(10);
    }

    @Test
    void coverContentsAndHashesArePresentAndThePageCountIsSane() {
        assertThat(text).contains("AIMS audit pack\nNorthwind Lending Ltd").contains("Table of Contents")
                .contains("Statement of Applicability").contains("Input hashes").contains("Audit trail summary")
                .contains("0123456789abcdef");
        assertThat(pages).isBetween(15, 200);
        assertThat(outcome.messages()).as("asciidoctor-pdf warnings").isEmpty();
        assertThat(outcome.pdfMillis()).isPositive();
    }

    @Test
    void inputHashesAreTheFilesRealDigests() throws Exception {
        Path example = SiteFixtures.exampleProject();
        String adoc = Files.readString(work.resolve("target/aims-site/adoc/audit-pack.adoc"));
        // PDFBox returns a long digest broken over lines of its table cell.
        String pdfText = text.replaceAll("\\s+", "");
        for (String path : new String[] {"src/main/aims/risks.yaml", "docs/aims/evidence/bias-test-scorecard-3.2.md"}) {
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(example.resolve(path))));
            // A plain path reaches the readable AsciiDoc as it is written.
            assertThat(adoc).as(path).contains("|" + path + " |`" + digest + "`");
            assertThat(pdfText).as(path).contains(digest);
        }
    }
}
