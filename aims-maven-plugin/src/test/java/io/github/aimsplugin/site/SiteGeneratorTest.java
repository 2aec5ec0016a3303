package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.site.render.TestRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders real sites with the shared Asciidoctor: the example project's, and one full of hostile strings. */
class SiteGeneratorTest {

    @TempDir
    static Path work;

    static Path exampleSite;
    static Path hostileSite;
    static Path readableSite;

    @BeforeAll
    static void buildSites() throws IOException {
        exampleSite = work.resolve("target/example");
        hostileSite = work.resolve("target/hostile");
        readableSite = work.resolve("target/readable");
        SiteFixtures.build(SiteFixtures.exampleProject(), exampleSite);
        SiteFixtures.build(SiteFixtures.fixture("hostile", work.resolve("hostile")), hostileSite);
        SiteFixtures.build(SiteFixtures.fixture("readable", work.resolve("readable")), readableSite);
    }

    @Test
    void asciidoctorIsBootedOnceForAllSites() {
        assertThat(TestRenderers.BUILD.starts()).isEqualTo(1);
    }

    @Test
    void everyPageIsWrittenAsAsciiDocAndHtml() {
        for (String page : SiteWriter.OVERVIEW_PAGES) {
            assertThat(exampleSite.resolve("adoc/" + page + ".adoc")).isRegularFile();
            assertThat(exampleSite.resolve(page + ".html")).isRegularFile();
        }
        assertThat(exampleSite.resolve("risk-R-01.html")).isRegularFile();
        assertThat(exampleSite.resolve("system-credit-scoring-model.html")).isRegularFile();
        assertThat(exampleSite.resolve("ia-IA-credit-scoring.html")).isRegularFile();
        assertThat(exampleSite.resolve("css/aims.css")).isRegularFile();
    }

    @Test
    void theAsciiDocFolderKeepsItsDocinfoFilesSoItConvertsOnItsOwn() throws IOException {
        // the sweep deletes what the build did not write through SiteFiles: the header must be among what it wrote
        assertThat(exampleSite.resolve("adoc/docinfo-footer.html")).isRegularFile();
        assertThat(Files.readString(exampleSite.resolve("adoc/docinfo-header.html")))
                .contains("<a href=\"soa.html\">Statement of Applicability</a>");
    }

    @Test
    void statementOfApplicabilityHas38ControlRowsGroupedByObjective() throws IOException {
        String soa = Files.readString(exampleSite.resolve("soa.html"));

        assertThat(count(soa, "class=\"soa-row ")).isEqualTo(38);
        assertThat(soa).contains("A.10.4").contains("id=\"A.10.4\"").contains("excluded").contains("Policies for AI");
    }

    @Test
    void heatMapCellsLinkToTheirRisks() throws IOException {
        String risks = Files.readString(exampleSite.resolve("risks.html"));
        Matcher cell = Pattern.compile("<a href=\"#(inherent-\\d-\\d)\">").matcher(risks);

        assertThat(cell.find()).isTrue();
        String anchor = cell.group(1);
        int section = risks.indexOf("id=\"" + anchor + "\"");
        assertThat(section).isPositive();
        assertThat(risks.substring(section, section + 600)).contains("href=\"risk-R-");
    }

    @Test
    void dashboardShowsCountsCoverageAndProvenance() throws IOException {
        String index = Files.readString(exampleSite.resolve("index.html"));

        assertThat(index).contains("Northwind Lending Ltd").contains("38 of 38 Annex A controls decided")
                .contains("0123456789abcdef").contains("<svg");
    }

    @Test
    void clauseMapMarksWhatIsMissing() throws IOException {
        String clauses = Files.readString(exampleSite.resolve("clauses.html"));

        assertThat(clauses).contains("Statement of Applicability").contains("class=\"missing\"");
        int row = clauses.indexOf("Description of the AIMS and its processes");
        assertThat(row).as("clause 4.4 asks for the AIMS to be documented").isPositive();
        assertThat(clauses.substring(row, clauses.indexOf("</tr>", row))).contains("Scope statement");
    }

    @Test
    void hostileStringsShowAsTextAndNoScriptReachesTheHtml() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(hostileSite)) {
            pages = files.filter(path -> path.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(html.replace("<script src=\"js/aims.js\"></script>", "")).as(page.toString())
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<style>body")
                    .doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=")
                    // in a tag: the text of a record may well read 'href="javascript:...', escaped
                    .doesNotContainPattern("(?i)<[^>]+\\s(href|src)\\s*=\\s*\"\\s*javascript:")
                    .doesNotContainPattern("(?i)src\\s*=\\s*\"(https?:)?//")
                    .doesNotContain("root:x:0:0", "\u202e", System.getProperty("user.home") + "<");
        }
        // The strings show as text: Asciidoctor escaped what HTML would read, nothing more.
        String index = Files.readString(hostileSite.resolve("index.html"));
        assertThat(index).contains("&lt;script&gt;alert('org')&lt;/script&gt; Evil &amp; Co");
        // A level label of "++++" stays inside the chart's passthrough; the chart is still an SVG.
        assertThat(index).contains("<svg class=\"aims-chart\"").contains(">++++ inherent</text>")
                .contains("High &lt;img src=x onerror=alert(9)&gt;");
        // A label of "</svg><script>" stays text inside the heat map, in full.
        String criteria = Files.readString(hostileSite.resolve("criteria.html"));
        assertThat(criteria).containsPattern("<tspan[^>]*>&lt;/svg&gt;&lt;script&gt;alert\\(8\\)&lt;/</tspan>"
                        + "<tspan[^>]*>script&gt;</tspan>")
                .contains("<p class=\"tableblock\">{user-home}</p>");
        // Directives, attribute references and a cell separator are text, in the paragraph they were written in.
        String context = Files.readString(hostileSite.resolve("context.html"));
        assertThat(context).contains("<p>include::/etc/passwd[] ifdef::env[] +++&lt;b&gt;pass&lt;/b&gt;+++"
                + " pass:[&lt;img src=x onerror=alert(1)&gt;] {author} :toc: | cell</p>");
    }

    @Test
    void ordinaryTextIsWrittenAsItIsInTheAsciiDocAndTheHtml() throws IOException {
        String sentence = "Clause 5.2 requires a policy; see A.8.2 (user information).";
        for (String page : List.of("context", "risk-R-1")) {
            assertThat(Files.readString(readableSite.resolve("adoc/" + page + ".adoc"))).as(page).contains(sentence);
            assertThat(Files.readString(readableSite.resolve(page + ".html"))).as(page).contains(sentence);
        }
        assertThat(Files.readString(readableSite.resolve("adoc/context.adoc"))).contains("\n" + sentence + "\n");
        assertThat(Files.readString(readableSite.resolve("adoc/system-scoring.adoc")))
                .contains("\nScores loan applications (2020-2025 data, 50% of cases); owner: ML lead.\n");
    }

    @Test
    void linksToAControlGoToItsRowInTheStatementOfApplicability() throws IOException {
        String risk = Files.readString(readableSite.resolve("risk-R-1.html"));
        assertThat(risk).contains("<a href=\"soa.html#A.8.2\">A.8.2</a> Information for users of the system")
                .contains("<a href=\"soa.html#A.7.4\">A.7.4</a>");
        assertThat(Files.readString(readableSite.resolve("soa.html"))).contains("<a id=\"A.8.2\"></a>");
        assertThat(Files.readString(readableSite.resolve("evidence.html"))).contains("href=\"soa.html#A.8.2\"")
                .contains("href=\"risk-R-1.html\"").contains("href=\"system-scoring.html\"");
        assertThat(Files.readString(exampleSite.resolve("crosswalks.html"))).contains("href=\"soa.html#A.2.2\"")
                .contains("href=\"clauses.html#clause-6.1.2\"");
        assertThat(Files.readString(exampleSite.resolve("clauses.html"))).contains("id=\"clause-6.1.2\"");
    }

    @Test
    void annexCObjectivesAndRiskSourcesShowTheirNames() throws IOException {
        assertThat(Files.readString(readableSite.resolve("risk-R-1.html"))).contains("C.3.4 Machine learning and its data")
                .contains("C.2.5 Fairness");
    }

    @Test
    void heatMapsCarryTheirTitlesAndFullAxisLabels() throws IOException {
        String risks = Files.readString(exampleSite.resolve("risks.html"));

        assertThat(risks).contains(">Inherent risk</text>").contains(">Residual risk</text>")
                .contains(">5 Almost certain</tspan>").contains(">Negligible</tspan>").contains("severity →")
                .contains("likelihood →").doesNotContain("…");
    }

    @Test
    void aControlNamedButNotDecidedIsReportedBySoaComplete() throws IOException {
        String index = Files.readString(readableSite.resolve("index.html"));

        assertThat(index).contains("<a href=\"soa.html#A.8.2\">A.8.2</a>: Annex A control A.8.2 (Information for users"
                + " of the system) has no decision in the Statement of Applicability").doesNotContain("did you mean");
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        Path again = work.resolve("target/example-again");
        SiteFixtures.build(SiteFixtures.exampleProject(), again);

        assertSameFiles(exampleSite, again);
    }

    /** Both trees hold the same files (none missing, none added, either way), with the same bytes. */
    private static void assertSameFiles(Path one, Path other) throws IOException {
        List<String> files = relativeFiles(one);
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(relativeFiles(other)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.mismatch(one.resolve(file), other.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void aLargerSiteIsConvertedInParallelWithTheSameBytesEveryTime() throws IOException {
        Path project = work.resolve("synthetic");
        io.github.aimsplugin.schema.bench.SyntheticAims.write(project, 6, 60, 6);
        SiteGenerator.Outcome first = SiteFixtures.build(project, work.resolve("target/synthetic-1"));
        SiteFixtures.build(project, work.resolve("target/synthetic-2"));

        assertThat(first.pages()).isGreaterThan(70);
        // One thread per 16 pages, at most one per core: literal values, for a machine of two cores or more.
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2,
                "needs two cores");
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(1)).isEqualTo(1);
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(10)).isEqualTo(1);
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(31)).isEqualTo(1);
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(32)).isEqualTo(2);
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(100_000)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(io.github.aimsplugin.site.render.InProcessAsciidoctor.threads(first.pages())).isGreaterThanOrEqualTo(2);
        assertThat(first.messages()).isEmpty();
        assertSameFiles(work.resolve("target/synthetic-1"), work.resolve("target/synthetic-2"));
        assertThat(Files.readString(work.resolve("target/synthetic-1/risk-R-59.html"))).contains("Risk number 59");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
