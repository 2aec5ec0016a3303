package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Risk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the AsciiDoc sources of every page under {@code adoc/}, with the docinfo files, and the static assets
 * (CSS, JavaScript) beside the HTML. No Asciidoctor here: the sources stand on their own and the PDF pack reuses them.
 */
public final class SiteWriter {

    public static final List<String> OVERVIEW_PAGES = List.of("index", "context", "inventory", "criteria", "risks",
            "treatment", "soa", "impact-assessments", "performance", "evidence", "audit-trail", "changes", "clauses", "crosswalks",
            "measurements");
    private static final List<String> STATIC_FILES = List.of("css/aims.css", "js/aims.js");
    private static final List<String> DOCINFO = List.of("docinfo-header.html", "docinfo-footer.html");

    /** Every built-in resource a site is made of, for the fingerprint. */
    public static List<String> builtInResources() {
        List<String> resources = new ArrayList<>();
        for (String page : OVERVIEW_PAGES) {
            resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + page + ".adoc.mustache");
        }
        for (String page : List.of("system", "risk", "impact-assessment", "portfolio")) {
            resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + page + ".adoc.mustache");
        }
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/_header.mustache");
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/_history.mustache");
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + SiteTemplates.PAGE_TEMPLATE);
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/audit-pack.adoc.mustache");
        resources.add("aims/site/pdf/" + AuditPack.THEME);
        DOCINFO.forEach(docinfo -> resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + docinfo));
        STATIC_FILES.forEach(file -> resources.add("aims/site/static/" + file));
        return resources;
    }

    private final SiteTemplates templates;
    private final Path templateDirectory;
    private SiteLinks links = new SiteLinks();

    public SiteWriter(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
        this.templates = new SiteTemplates(templateDirectory);
    }

    /** Writes the sources and assets; returns the AsciiDoc files, in a stable order. */
    public List<Path> write(SiteInput input, Path siteDirectory) throws IOException {
        Path adoc = Files.createDirectories(siteDirectory.resolve("adoc"));
        links = new SiteLinks();
        OverviewViews overview = new OverviewViews(input, links);
        ControlViews controls = new ControlViews(input, links);
        RecordViews records = new RecordViews(input, links);
        PerformanceViews performance = new PerformanceViews(input, links);
        MeasurementViews measurements = new MeasurementViews(input, links);
        List<Path> files = new ArrayList<>();
        Map<String, Object> pages = Map.ofEntries(
                Map.entry("index", overview.index(measurements.dashboard())),
                Map.entry("context", overview.context()),
                Map.entry("inventory", overview.inventory()), Map.entry("criteria", overview.criteria()),
                Map.entry("risks", overview.risks()), Map.entry("treatment", overview.treatment()),
                Map.entry("soa", controls.soa()), Map.entry("impact-assessments", records.impactAssessments()),
                Map.entry("performance", performance.performance(measurements.performance())),
                Map.entry("audit-trail", new HistoryViews(input.trail(), links).page()),
                Map.entry("changes", ChangesPage.of(input)),
                Map.entry("evidence", controls.evidence()), Map.entry("clauses", controls.clauses()),
                Map.entry("crosswalks", controls.crosswalks()), Map.entry("measurements", measurements.page()));
        for (String page : OVERVIEW_PAGES) {
            files.add(writePage(adoc, page, page, pages.get(page)));
        }
        if (!input.portfolio().services().isEmpty()) {
            files.add(writePage(adoc, "portfolio", "portfolio",
                    new PortfolioViews(input.model(), input.portfolio(), links).page()));
        }
        for (AISystem system : input.model().all(RecordKinds.AI_SYSTEM)) {
            files.add(writePage(adoc, pageName(links.page("system", system.id())), "system",
                    records.system(system, measurements.system(system))));
        }
        for (Risk risk : input.model().all(RecordKinds.RISK)) {
            files.add(writePage(adoc, pageName(links.page("risk", risk.id())), "risk", records.risk(risk)));
        }
        for (ImpactAssessment ia : input.model().all(RecordKinds.IMPACT_ASSESSMENT)) {
            files.add(writePage(adoc, pageName(links.page("ia", ia.id())), "impact-assessment",
                    records.impactAssessment(ia)));
        }
        for (String docinfo : DOCINFO) {
            copy("templates/" + docinfo, templateDirectory == null ? null : templateDirectory.resolve(docinfo),
                    adoc.resolve(docinfo));
        }
        BuildEvidence.copyAll(input.model(), siteDirectory);
        for (String asset : STATIC_FILES) {
            copy("static/" + asset, null, siteDirectory.resolve(asset));
        }
        return files;
    }

    /** The page names the last {@link #write} gave the records, for documents that include its pages. */
    SiteLinks links() {
        return links;
    }

    SiteTemplates templates() {
        return templates;
    }

    private Path writePage(Path adoc, String name, String template, Object view) throws IOException {
        Path file = adoc.resolve(name + ".adoc");
        Files.writeString(file, templates.render(template, view), StandardCharsets.UTF_8);
        return file;
    }

    private static String pageName(String html) {
        return html.substring(0, html.length() - ".html".length());
    }

    private static void copy(String resource, Path override, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (override != null && Files.isRegularFile(override)) {
            Files.copy(override, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream("aims/site/" + resource)) {
            if (in == null) {
                throw new IOException("missing from the site-template jar: aims/site/" + resource);
            }
            Files.write(target, in.readAllBytes());
        }
    }
}
