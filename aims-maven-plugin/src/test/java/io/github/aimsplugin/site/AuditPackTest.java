package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.RiskCriteria;
import io.github.aimsplugin.schema.model.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example project's PDF audit pack, rendered twice with asciidoctor-pdf and read back with PDFBox as an auditor
 * would read it: words whole, pictures drawn, headings with their content, properties and outline, same bytes.
 */
class AuditPackTest {

    @TempDir
    static Path work;

    static SiteInput input;
    static String text;
    static int pages;
    static SiteGenerator.Outcome outcome;
    static byte[] first;
    static byte[] second;
    static List<String> pageTexts;
    static List<List<PdfPages.Line>> pageLines;
    static List<PdfPages.Entry> outline;
    static PDDocumentInformation info;
    static PDDocument pdf;

    @BeforeAll
    static void render() throws IOException {
        Path site = work.resolve("target/aims-site");
        input = SiteFixtures.input(SiteFixtures.exampleProject());
        outcome = new SiteGenerator(io.github.aimsplugin.site.render.TestRenderers.BUILD).generate(input, site, null, "fingerprint", true);
        first = Files.readAllBytes(site.resolve(AuditPack.PDF));
        // The same records again, into another folder: the pack must not depend on where or when it is built.
        Path again = work.resolve("again/target/aims-site");
        new SiteGenerator(io.github.aimsplugin.site.render.TestRenderers.BUILD).generate(SiteFixtures.input(SiteFixtures.exampleProject()), again, null, "fingerprint",
                true);
        second = Files.readAllBytes(again.resolve(AuditPack.PDF));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "audit-pack.pdf"), first);
        pdf = Loader.loadPDF(first);
        pages = pdf.getNumberOfPages();
        text = new PDFTextStripper().getText(pdf);
        Files.writeString(Path.of("target", "audit-pack.txt"), text + String.join("\n", outcome.messages()));
        pageTexts = PdfPages.texts(pdf);
        pageLines = PdfPages.lines(pdf);
        outline = PdfPages.outline(pdf);
        info = pdf.getDocumentInformation();
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
        String pdfText = text.replaceAll("\\s+", "");
        for (String path : new String[] {"src/main/aims/risks.yaml", "docs/aims/evidence/bias-test-scorecard-3.2.md"}) {
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(example.resolve(path))));
            // A plain path reaches the readable AsciiDoc as it is written.
            assertThat(adoc).as(path).contains("|" + path + " |`" + digest + "`");
            assertThat(pdfText).as(path).contains(digest);
        }
    }

    @Test
    void everyDecisionStatusOwnerAndImpactWordOfTheWideTablesIsWholeInTheText() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<Control> controls = input.model().all(RecordKinds.CONTROL);
        controls.forEach(c -> expected.merge(c.applicable() ? "applicable" : "excluded", 1, Integer::sum));
        controls.stream().filter(c -> c.status() != null).forEach(c -> expected.merge(c.status(), 1, Integer::sum));
        controls.forEach(c -> expected.merge(c.owner(), 1, Integer::sum));
        input.model().all(RecordKinds.RISK).forEach(risk -> {
            expected.merge(risk.status(), 1, Integer::sum);
            expected.merge(risk.treatment().option(), 1, Integer::sum);
            expected.merge(risk.owner(), 1, Integer::sum);
        });
        input.model().all(RecordKinds.TREATMENT_ACTION).forEach(action -> {
            expected.merge(action.status(), 1, Integer::sum);
            expected.merge(action.owner(), 1, Integer::sum);
        });
        input.model().all(RecordKinds.IMPACT_ASSESSMENT).forEach(ia -> ia.impacts().forEach(impact -> {
            expected.merge(impact.kind(), 1, Integer::sum);
            expected.merge(impact.area(), 1, Integer::sum);
            expected.merge(impact.affects(), 1, Integer::sum);
        }));
        assertThat(expected.get("applicable")).as("the example decides most controls applicable").isGreaterThan(30);
        assertThat(expected).containsKeys("excluded", "implemented", "partial", "planned", "in-treatment");
        expected.forEach((word, times) -> assertThat(whole(word)).as("'" + word + "' unbroken in the pack's text")
                .isGreaterThanOrEqualTo(times));
    }

    @Test
    void theRiskMatrixAndBothHeatMapsAreDrawnOnThePagesOfTheirSections() throws IOException {
        RiskCriteria criteria = input.model().criteria();
        int cells = criteria.likelihood().size() * criteria.severity().size();
        int criteriaPage = chapterPage("Risk criteria");
        int heatMapPage = sectionPage("Heat maps");
        assertThat(pageTexts.get(criteriaPage)).contains("Risk matrix").contains("severity →")
                .contains(criteria.likelihood().get(0).label()).contains(criteria.severity().get(0).label());
        // The vertical axis label is read letter group by letter group.
        assertThat(pageTexts.get(criteriaPage).replaceAll("\\s", "")).contains("likelihood→");
        assertThat(pageTexts.get(heatMapPage)).contains("Inherent risk").contains("Residual risk");
        assertThat(filledCells(criteria, criteriaPage)).as("matrix cells drawn in their level's colour")
                .isGreaterThanOrEqualTo(cells);
        assertThat(filledCells(criteria, heatMapPage)).as("two heat maps of coloured cells")
                .isGreaterThanOrEqualTo(2 * cells);
        // The dashboard's charts open the pack, after the cover table.
        assertThat(pageTexts.get(sectionPageOf(0, "About this pack"))).contains("not implemented")
                .contains("undecided");
    }

    @Test
    void noHeadingIsTheLastTextOfAPage() {
        List<String> endings = new ArrayList<>();
        for (int p = 1; p < pageLines.size(); p++) {
            List<PdfPages.Line> body = pageLines.get(p).stream().filter(line -> !runningContent(line.text())).toList();
            if (!body.isEmpty() && body.get(body.size() - 1).heading()) {
                endings.add("page " + (p + 1) + ": " + body.get(body.size() - 1).text());
            }
        }
        assertThat(pageLines.get(1)).as("a heading is recognised by its style").anyMatch(PdfPages.Line::heading);
        assertThat(endings).as("headings parted from their content").isEmpty();
    }

    @Test
    void theOutlineHasEveryChapterAndEveryControlGroup() {
        List<String> chapters = new ArrayList<>();
        Matcher chapter = Pattern.compile("(?m)^Chapter (\\d+)\\. (.+)$").matcher(text);
        while (chapter.find()) {
            chapters.add("Chapter " + chapter.group(1) + ". " + chapter.group(2).strip());
        }
        assertThat(chapters).hasSizeGreaterThan(8);
        List<String> top = outline.stream().filter(e -> e.depth() == 0).map(PdfPages.Entry::title).toList();
        assertThat(top).contains("About this pack").containsAll(chapters);
        List<String> all = outline.stream().map(PdfPages.Entry::title).toList();
        for (AnnexA.Objective objective : Catalogs.builtIn().annexA().objectives()) {
            assertThat(all).as("outline entry for " + objective.id()).anyMatch(t -> t.contains(objective.id() + " "));
        }
        assertThat(outline).allMatch(e -> e.page() >= 0, "every entry opens a page");
    }

    @Test
    void theDocumentPropertiesNameTheOrganisationScopeAndBuildDate() {
        Scope scope = input.model().all(RecordKinds.SCOPE).get(0);
        assertThat(info.getTitle()).isEqualTo("AIMS audit pack: " + scope.organisation());
        assertThat(info.getSubject()).startsWith(scope.organisation()).contains(scope.statement().substring(0, 40));
        Instant built = Instant.parse(input.date() + "T00:00:00Z");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(built);
        assertThat(info.getModificationDate().toInstant()).isEqualTo(built);
        // Page x of y in the footer, counted from the first page after the cover and the contents.
        Matcher last = Pattern.compile("Page (\\d+) of (\\d+)").matcher(pageTexts.get(pages - 1));
        assertThat(last.find()).as("page x of y on the last page").isTrue();
        assertThat(last.group(1)).isEqualTo(last.group(2));
        assertThat(pageTexts.get(chapterPage("About this pack"))).contains("Page 1 of " + last.group(2));
    }

    @Test
    void theWideTablesAreOnLandscapePages() {
        for (String chapter : new String[] {"Risk register", "Risk treatment plan", "Statement of Applicability"}) {
            var box = pdf.getPage(chapterPage(chapter)).getMediaBox();
            assertThat(box.getWidth()).as(chapter).isGreaterThan(box.getHeight());
        }
        var cover = pdf.getPage(0).getMediaBox();
        assertThat(cover.getWidth()).isLessThan(cover.getHeight());
    }

    @Test
    void theSameRecordsGiveTheSameBytes() {
        assertThat(first.length).isGreaterThan(50_000);
        assertThat(java.util.Arrays.mismatch(first, second)).as("first differing byte").isEqualTo(-1);
    }

    /** How often the word stands whole: not inside a longer word, not cut by a line break. */
    private static int whole(String word) {
        Matcher matcher = Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static boolean runningContent(String line) {
        return line.equals("AIMS audit pack") || line.matches("(Commit \\S+ )?Page \\d+ of \\d+( Commit \\S+)?")
                || line.matches("Commit \\S+");
    }

    private static int chapterPage(String title) {
        return sectionPageOf(0, title);
    }

    private static int sectionPage(String title) {
        return sectionPageOf(1, title);
    }

    private static int sectionPageOf(int depth, String title) {
        Function<String, String> unnumbered = t -> t.replaceFirst("^(Chapter )?[\\d.]+ ", "");
        return outline.stream().filter(e -> e.depth() == depth && unnumbered.apply(e.title()).equals(title))
                .mapToInt(PdfPages.Entry::page).findFirst()
                .orElseThrow(() -> new AssertionError("no outline entry " + title + " in " + outline));
    }

    private static int filledCells(RiskCriteria criteria, int page) throws IOException {
        int filled = 0;
        for (String colour : criteria.levels().stream().map(RiskCriteria.RiskLevel::colour).distinct().toList()) {
            filled += PdfPages.filledWith(pdf, page, colour);
        }
        return filled;
    }
}
