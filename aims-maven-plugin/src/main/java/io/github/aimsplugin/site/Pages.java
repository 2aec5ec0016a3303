package io.github.aimsplugin.site;

import static io.github.aimsplugin.schema.kind.RecordKinds.AI_SYSTEM;
import static io.github.aimsplugin.schema.kind.RecordKinds.AUDIT;
import static io.github.aimsplugin.schema.kind.RecordKinds.CONTROL;
import static io.github.aimsplugin.schema.kind.RecordKinds.EVIDENCE;
import static io.github.aimsplugin.schema.kind.RecordKinds.IMPACT_ASSESSMENT;
import static io.github.aimsplugin.schema.kind.RecordKinds.MANAGEMENT_REVIEW;
import static io.github.aimsplugin.schema.kind.RecordKinds.MONITORING;
import static io.github.aimsplugin.schema.kind.RecordKinds.NONCONFORMITY;
import static io.github.aimsplugin.schema.kind.RecordKinds.OBJECTIVE;
import static io.github.aimsplugin.schema.kind.RecordKinds.POLICY;
import static io.github.aimsplugin.schema.kind.RecordKinds.RISK;
import static io.github.aimsplugin.schema.kind.RecordKinds.RISK_CRITERIA;
import static io.github.aimsplugin.schema.kind.RecordKinds.SCOPE;
import static io.github.aimsplugin.schema.kind.RecordKinds.TREATMENT_ACTION;

import java.util.ArrayList;
import java.util.List;

/**
 * Every page of the site, once: the pages written once per site in the order they are written, then the pages
 * written per record. The writer, the fingerprint's list of templates, the links to records, the clause map's
 * providers and the navigation test all read this registry. Adding a page is one entry here, one view record and
 * one template ({@code docs/layout.md}, "Adding a page").
 */
final class Pages {

    /** The pages written once per site, in the order they are written. */
    static final List<SitePage> SITE = List.of(
            SitePage.of("index", OverviewViews.IndexPage.class,
                    v -> v.overview().index(v.measurements().dashboard()), 1, "Dashboard"),
            SitePage.of("context", OverviewViews.ContextPage.class, v -> v.overview().context(), 2,
                    "Context and leadership")
                    .showing(SCOPE, null).showing(POLICY, null)
                    .documenting(SCOPE, null, "Scope statement", "4.1", "4.2", "4.3", "4.4")
                    .documenting(POLICY, null, "AI policy and roles", "5.2", "5.3"),
            SitePage.of("inventory", OverviewViews.InventoryPage.class, v -> v.overview().inventory(), 3,
                    "AI systems"),
            SitePage.of("criteria", OverviewViews.CriteriaPage.class, v -> v.overview().criteria(), 4,
                    "Risk criteria")
                    .showing(RISK_CRITERIA, null)
                    .documenting(RISK_CRITERIA, null, "Risk criteria", "6.1.1"),
            SitePage.of("risks", OverviewViews.RisksPage.class, v -> v.overview().risks(), 5, "Risk register")
                    .documenting(RISK, null, "Risk register", "6.1.2", "8.2"),
            SitePage.of("treatment", OverviewViews.TreatmentPage.class, v -> v.overview().treatment(), 6,
                    "Treatment plan")
                    .showing(TREATMENT_ACTION, id -> SiteLinks.anchor("action", id))
                    .documenting(TREATMENT_ACTION, null, "Risk treatment plan", "6.1.3", "8.3"),
            SitePage.of("soa", ControlViews.SoaPage.class, v -> v.controls().soa(), 7, "Statement of Applicability")
                    .showing(CONTROL, SiteLinks::controlAnchor)
                    .documenting(CONTROL, null, "Statement of Applicability", "6.1.3"),
            SitePage.of("impact-assessments", RecordViews.AssessmentsPage.class, v -> v.records().impactAssessments(),
                    8, "Impact assessments")
                    .documenting(IMPACT_ASSESSMENT, null, "Impact assessments", "6.1.4", "8.4"),
            SitePage.of("performance", PerformanceViews.Page.class,
                    v -> v.performance().performance(v.measurements().performance()), 9, "Performance")
                    .showing(OBJECTIVE, id -> SiteLinks.anchor("objective", id))
                    .showing(MONITORING, id -> SiteLinks.anchor("monitoring", id))
                    .showing(AUDIT, id -> SiteLinks.anchor("audit", id))
                    .showing(MANAGEMENT_REVIEW, id -> SiteLinks.anchor("review", id))
                    .showing(NONCONFORMITY, id -> SiteLinks.anchor("nc", id))
                    .documenting(OBJECTIVE, "objectives", "AI objectives", "6.2")
                    .documenting(MONITORING, "monitoring", "Monitoring and measurement", "9.1")
                    .documenting(AUDIT, "audits", "Internal audits", "9.2.1", "9.2.2")
                    .documenting(MANAGEMENT_REVIEW, "reviews", "Management reviews", "9.3.1", "9.3.2", "9.3.3")
                    .documenting(NONCONFORMITY, "nonconformities", "Nonconformities and corrective actions", "10.2"),
            SitePage.of("evidence", ControlViews.EvidencePage.class, v -> v.controls().evidence(), 11, "Evidence")
                    .showing(EVIDENCE, id -> SiteLinks.anchor("evidence", id))
                    .documenting(EVIDENCE, null, "Evidence index", "7.5.1"),
            SitePage.of("audit-trail", HistoryViews.TrailPage.class, v -> v.history().page(), 12, "Audit trail"),
            SitePage.of("changes", ChangesPage.class, v -> ChangesPage.of(v.input()), 13, "Changes"),
            SitePage.of("clauses", ControlViews.ClausesPage.class, v -> v.controls().clauses(), 14, "Clause map"),
            SitePage.of("crosswalks", ControlViews.CrosswalksPage.class, v -> v.controls().crosswalks(), 15,
                    "Crosswalks"),
            SitePage.of("measurements", MeasurementViews.Page.class, v -> v.measurements().page(), 10,
                    "Measurements"),
            SitePage.of("responsibilities", ResponsibilitiesPage.class,
                    v -> ResponsibilitiesPage.of(v.input(), v.links()), 16, "Responsibilities"),
            SitePage.when(input -> !input.portfolio().services().isEmpty(), "portfolio", PortfolioViews.Page.class,
                    v -> new PortfolioViews(v.input().model(), v.input().portfolio(), v.links()).page()));

    /** The pages written per record, after the site's pages. */
    static final List<RecordPage<?>> RECORDS = List.of(
            RecordPage.of("system", "system", AI_SYSTEM, RecordViews.SystemPage.class,
                    (v, system) -> v.records().system(system, v.measurements().system(system))),
            RecordPage.of("risk", "risk", RISK, RecordViews.RiskPage.class, (v, risk) -> v.records().risk(risk)),
            RecordPage.of("ia", "impact-assessment", IMPACT_ASSESSMENT, RecordViews.AssessmentPage.class,
                    (v, ia) -> v.records().impactAssessment(ia)));

    /** The partials the page templates include, and the charts' templates ({@link SiteCharts}, {@link TrendChart}). */
    static final List<String> PARTIALS = List.of("_header", "_history", "_heat-map.svg", "_bars.svg", "_trend.svg");

    private Pages() {}

    /** The names of the pages every site has, in the order they are written. */
    static List<String> everySite() {
        return SITE.stream().filter(page -> page.written() == null).map(SitePage::name).toList();
    }

    /**
     * The templates of the pages, as the fingerprint lists them: those of every site, those of the records' pages,
     * then those of the pages only some sites have.
     */
    static List<String> templates() {
        List<String> templates = new ArrayList<>(everySite());
        RECORDS.forEach(page -> templates.add(page.template()));
        SITE.stream().filter(page -> page.written() != null).forEach(page -> templates.add(page.name()));
        return templates;
    }

    /** The pages of the navigation, in its order. */
    static List<SitePage> navigation() {
        return SITE.stream().filter(page -> page.navigation() > 0)
                .sorted(java.util.Comparator.comparingInt(SitePage::navigation)).toList();
    }

    /** The page of each record of a kind, if the kind has pages of its own. */
    static java.util.Optional<RecordPage<?>> recordPage(String kind) {
        return RECORDS.stream().filter(page -> page.kind().name().equals(kind)).findFirst();
    }
}
