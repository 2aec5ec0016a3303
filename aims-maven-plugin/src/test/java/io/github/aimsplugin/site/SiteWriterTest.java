package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The AsciiDoc of every page of the example project's site, without Asciidoctor. */
class SiteWriterTest {

    @TempDir
    static Path site;

    static List<Path> written;

    @BeforeAll
    static void write() throws IOException {
        written = new SiteWriter(null).write(SiteFixtures.input(SiteFixtures.exampleProject()), site);
    }

    static List<Map.Entry<String, String>> pages() {
        return List.of(
                Map.entry("index", "= AIMS dashboard"),
                Map.entry("index", "38 of 38 Annex A controls decided: 27 implemented, 8 partial, 2 planned"),
                Map.entry("context", "== Interested parties (clause 4.2)"),
                Map.entry("context", "|Chief executive officer (ceo) |Amira Okafor"),
                Map.entry("inventory", "|link:system-credit-scoring-model.html[credit-scoring-model]"),
                Map.entry("criteria", "Acceptance threshold (appetite):: medium"),
                Map.entry("risks", "|link:risk-R-01.html[R-01] |Scoring model disadvantages younger applicants"),
                Map.entry("risks", "<a href=\"#inherent-4-4\">"),
                Map.entry("treatment", "|[[action-TA-08]]TA-08 |Write the AI incident communication plan"),
                Map.entry("soa", "== A.6.2 AI system life cycle"),
                Map.entry("soa", "|[[A.10.4]][.soa-row.excluded.excluded]#A.10.4# |"),
                Map.entry("impact-assessments", "|link:ia-IA-credit-scoring.html[IA-credit-scoring]"),
                Map.entry("performance", "|[[objective-OBJ-fair-approvals]]OBJ-fair-approvals |Approval rates do not depend on protected"),
                Map.entry("performance", "|[[monitoring-MON-score-drift]]MON-score-drift |Drift and calibration of the credit score in production"),
                Map.entry("performance", "=== IA-2026: internal audit, done"),
                Map.entry("performance", "|IA-2026-F1 |nonconformity |link:clauses.html#clause-9.1[clause 9.1]"),
                Map.entry("performance", "link:performance.html#nc-NC-2026-01[NC-2026-01]"),
                Map.entry("performance", "[#review-MR-2026-10]\n=== MR-2026-10, held 2026-10-20"),
                Map.entry("performance", "[#nc-NC-2026-02]\n=== NC-2026-02 (open)"),
                Map.entry("clauses", "link:performance.html#audits[Internal audits (1 Audit)]"),
                Map.entry("evidence", "`SHA-256 "),
                Map.entry("clauses", "|[[clause-6.1.3]]6.1.3 |AI risk treatment"),
                Map.entry("clauses", "[.missing]#missing#"),
                Map.entry("crosswalks", "|GOVERN 1.6 |AI system inventory"),
                Map.entry("crosswalks", "|Art. 27 |Fundamental rights impact assessment"),
                Map.entry("system-credit-scoring-model", "link:risk-R-01.html[R-01] Scoring model disadvantages"),
                Map.entry("risk-R-06", "|Acceptance |by ceo on 2026-11-20, until 2027-11-20"),
                Map.entry("risk-R-01", "|Objectives at stake |C.2.5 Fairness"),
                Map.entry("risk-R-01", "|Treating controls |link:soa.html#A.5.4[A.5.4] "),
                Map.entry("crosswalks", "link:soa.html#A.2.2[A.2.2] (implemented)"),
                Map.entry("evidence", "link:soa.html#A."),
                Map.entry("ia-IA-credit-scoring", "|Lower scores for younger applicants than their repayment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHoldsItsKeyContent(Map.Entry<String, String> expected) throws IOException {
        assertThat(Files.readString(site.resolve("adoc/" + expected.getKey() + ".adoc"))).contains(expected.getValue());
    }

    @Test
    void onePagePerSystemRiskAndAssessmentBesidesTheOverviewPages() {
        assertThat(written).hasSize(SiteWriter.OVERVIEW_PAGES.size() + 3 + 14 + 3);
        assertThat(site.resolve("adoc/docinfo-header.html")).isRegularFile();
        assertThat(site.resolve("js/aims.js")).isRegularFile();
    }

    @Test
    void exportsWrittenIntoTheSiteAreLinkedFromTheIndexOnlyWhenThereAreAny(@TempDir Path other) throws IOException {
        SiteInput plain = SiteFixtures.input(SiteFixtures.exampleProject());
        SiteInput withExports = new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(),
                plain.today(), plain.commit(), plain.pluginVersion(), plain.date(), plain.trail(), plain.changes(),
                java.util.List.of(io.github.aimsplugin.export.Exports.Format.OSCAL));

        new SiteWriter(null).write(withExports, other.resolve("with"));

        assertThat(Files.readString(other.resolve("with/adoc/index.adoc"))).contains("== Exports",
                "* link:exports/aims-oscal-component-definition.json[OSCAL 1.1.2 component definition]")
                .doesNotContain("aims-mlbom");
        assertThat(Files.readString(site.resolve("adoc/index.adoc"))).doesNotContain("== Exports");
    }

    @Test
    void aTemplateDirectoryOverridesABuiltInTemplate(@TempDir Path other) throws IOException {
        Path templates = Files.createDirectories(other.resolve("templates"));
        Files.writeString(templates.resolve("index.adoc.mustache"), "= Our own dashboard\n\n{{organisation}}\n");

        new SiteWriter(templates).write(SiteFixtures.input(SiteFixtures.exampleProject()), other.resolve("site"));

        assertThat(Files.readString(other.resolve("site/adoc/index.adoc")))
                .isEqualTo("= Our own dashboard\n\nNorthwind Lending Ltd\n");
        assertThat(Files.readString(other.resolve("site/adoc/soa.adoc"))).contains("= Statement of Applicability");
    }
}
