package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.AnnexC;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.AimsRecord;

import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.model.TreatmentAction;

/** Views of the page of each AI system, risk and impact assessment, and the list of assessments. */
final class RecordViews {

    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;
    private final HistoryViews history;
    // Looked up once per site, not once per page: a page per record that scans every record is quadratic.
    private final Map<RecordKind<?>, List<?>> byKind = new IdentityHashMap<>();
    private Map<AimsRecord, LoadedRecord> loaded;
    private Map<String, List<TreatmentAction>> actionsByRisk;

    RecordViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
        this.history = new HistoryViews(input.trail(), links);
    }

    /** The model's valid records of a kind, in file order ({@link AimsModel#all}). */
    @SuppressWarnings("unchecked")
    private <T extends AimsRecord> List<T> all(RecordKind<T> kind) {
        return (List<T>) byKind.computeIfAbsent(kind, model::all);
    }

    /** Where a record was loaded from ({@link AimsModel#find(AimsRecord)}). */
    private Optional<LoadedRecord> find(AimsRecord record) {
        if (loaded == null) {
            loaded = new IdentityHashMap<>();
            model.records().forEach(each -> loaded.putIfAbsent(each.value(), each));
        }
        return Optional.ofNullable(loaded.get(record));
    }

    /** A link to a page or row, with the title beside it (markup built from escaped parts, then the title). */
    record Titled(String link, String title) {}

    /** A link alone. */
    record Link(String link) {}

    /** A data source of a system. */
    record DataSource(String name, String description, boolean personalData) {}

    /** A model a system declares. */
    record Model(String name, String version, String type, String supplier) {}

    /** A risk of a system, with its levels before and after treatment. */
    record SystemRisk(String link, String title, String inherentLevel, String residualLevel) {}

    /** The page of an AI system without its history and metrics. */
    record SystemView(String title, String purpose, String owner, String lifecycleStage, String provenance,
            String supplier, String inScope, String deploymentContext, String affectedPartiesText, String codeText,
            String dependenciesText, String source, String module, List<DataSource> dataSources, List<Model> models,
            List<SystemRisk> risks, List<Link> assessments, List<Titled> controls, List<Titled> evidence,
            CodeViews.Section code) {}

    /** The page of an AI system ({@code system.adoc.mustache}). */
    record SystemPage(SystemView system, HistoryViews.RecordHistory history, MeasurementViews.SystemMetrics metrics)
            implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(system, history, metrics);
        }
    }

    /** A treatment action of a risk. */
    record RiskAction(String id, String action, String owner, LocalDate due, String status) {}

    /** The page of a risk without its history. */
    record RiskView(String title, String systemsLinks, String source, String objectivesText, String scenario,
            String consequences, String inherentText, String existingControlsLinks, String option, String rationale,
            String controlsLinks, String residualText, String acceptanceText, String owner, String status,
            LocalDate assessedOn, String nextReview, String file, String module, List<RiskAction> actions) {}

    /** The page of a risk ({@code risk.adoc.mustache}). */
    record RiskPage(RiskView risk, HistoryViews.RecordHistory history) implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(risk, history);
        }
    }

    /** One impact an assessment names. */
    record Impact(String description, String kind, String area, String affects, int severity, int likelihood,
            String measuresText) {}

    /** The page of an impact assessment without its history. */
    record AssessmentView(String title, String systemLink, String scope, String intendedUsesText, String misuseText,
            String humanOversight, String assessedBy, LocalDate assessedOn, String approval, String nextReview,
            String individualsText, String groupsText, String societyText, String vulnerableText,
            List<Impact> impacts, List<String> measures, String module, String file) {}

    /** The page of an impact assessment ({@code impact-assessment.adoc.mustache}). */
    record AssessmentPage(AssessmentView assessment, HistoryViews.RecordHistory history) implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(assessment, history);
        }
    }

    /** One assessment on the list of impact assessments. */
    record AssessmentRow(String link, String systemLink, int impactCount, LocalDate assessedOn, String approved) {}

    /** The list of impact assessments ({@code impact-assessments.adoc.mustache}). */
    record AssessmentsPage(String title, List<AssessmentRow> assessments) {}

    SystemPage system(AISystem system, MeasurementViews.SystemMetrics metrics) {
        List<Risk> risks = all(RecordKinds.RISK).stream().filter(r -> r.systems().contains(system.id())).toList();
        RiskCriteria criteria = model.criteria();
        List<SystemRisk> riskRows = new ArrayList<>();
        Set<String> controlIds = new LinkedHashSet<>();
        for (Risk risk : risks) {
            riskRows.add(new SystemRisk(links.link("risk", risk.id()), risk.title(),
                    OverviewViews.level(criteria, risk.inherent()),
                    OverviewViews.level(criteria, risk.residual() == null ? risk.inherent() : risk.residual())));
            controlIds.addAll(risk.existingControls());
            controlIds.addAll(risk.treatment().controls());
        }
        List<Titled> controls = new ArrayList<>();
        controlIds.stream().sorted().forEach(id -> controls.add(new Titled(SiteLinks.control(id),
                input.catalogs().annexA().control(id).map(c -> c.title()).orElse(""))));
        List<Link> assessments = new ArrayList<>();
        all(RecordKinds.IMPACT_ASSESSMENT).stream().filter(ia -> ia.system().equals(system.id()))
                .forEach(ia -> assessments.add(new Link(links.link("ia", ia.id()))));
        List<Titled> evidence = new ArrayList<>();
        for (Evidence item : all(RecordKinds.EVIDENCE)) {
            if (item.supports().contains("AISystem/" + system.id())) {
                evidence.add(new Titled(links.record("Evidence", item.id()), item.title()));
            }
        }
        List<DataSource> dataSources = new ArrayList<>();
        system.dataSources().forEach(d -> dataSources.add(new DataSource(d.name(), d.description(),
                Boolean.TRUE.equals(d.personalData()))));
        List<Model> models = new ArrayList<>();
        system.models().forEach(m -> models.add(new Model(m.name(), m.version(), m.type(), m.supplier())));
        SystemView view = new SystemView("AI system: " + system.name(), system.purpose(), system.owner(),
                system.lifecycleStage(), system.provenance(),
                system.supplier() == null ? "—" : system.supplier().name()
                        + (system.supplier().contract() == null ? "" : " (" + system.supplier().contract() + ")"),
                system.inScope() ? "yes" : "no", Views.text(system.deploymentContext()),
                joined(system.affectedParties()), joined(system.components().code()),
                joined(system.components().dependencies()), sourceOf(system), moduleOf(system),
                dataSources, models, riskRows, assessments, controls, evidence, new CodeViews(input).system(system));
        return new SystemPage(view, history.of("AISystem", system.id()), metrics);
    }

    RiskPage risk(Risk risk) {
        RiskCriteria criteria = model.criteria();
        List<RiskAction> actions = new ArrayList<>();
        if (actionsByRisk == null) {
            actionsByRisk = new HashMap<>();
            for (TreatmentAction action : all(RecordKinds.TREATMENT_ACTION)) {
                action.risks().stream().distinct().forEach(id -> actionsByRisk.computeIfAbsent(id,
                        key -> new ArrayList<>()).add(action));
            }
        }
        actionsByRisk.getOrDefault(risk.id(), List.of())
                .forEach(a -> actions.add(new RiskAction(a.id(), a.action(), a.owner(), a.due(), a.status())));
        Risk.Acceptance acceptance = risk.acceptance();
        RiskView view = new RiskView("Risk " + risk.id() + ": " + risk.title(),
                Views.joinedMarkup(risk.systems().stream().map(id -> links.link("system", id)).toList()),
                named(input.catalogs().annexC().riskSources(), risk.source()),
                joined(risk.objectives().stream().map(id -> named(input.catalogs().annexC().objectives(), id))
                        .toList()),
                risk.scenario(), risk.consequences(), rating(criteria, risk.inherent()),
                controls(risk.existingControls()), risk.treatment().option(), risk.treatment().rationale(),
                controls(risk.treatment().controls()),
                risk.residual() == null ? "—" : rating(criteria, risk.residual()),
                acceptance == null ? "—" : "by " + acceptance.approvedBy() + " on " + acceptance.approvedOn()
                        + ", until " + acceptance.expires() + ": " + acceptance.rationale(),
                risk.owner(), risk.status(), risk.assessedOn(), Views.text(risk.nextReview()), sourceOf(risk),
                moduleOf(risk), actions);
        return new RiskPage(view, history.of("Risk", risk.id()));
    }

    AssessmentPage impactAssessment(ImpactAssessment ia) {
        List<Impact> impacts = new ArrayList<>();
        ia.impacts().forEach(impact -> impacts.add(new Impact(impact.description(), impact.kind(), impact.area(),
                impact.affects(), impact.severity(), impact.likelihood(), joined(impact.measures()))));
        AssessmentView view = new AssessmentView("Impact assessment " + ia.id(), links.link("system", ia.system()),
                ia.scope(), joined(ia.intendedUses()), joined(ia.foreseeableMisuse()), ia.humanOversight(),
                ia.assessedBy(), ia.assessedOn(),
                ia.approval() == null ? "not approved" : "by " + ia.approval().approvedBy() + " on "
                        + ia.approval().approvedOn(),
                Views.text(ia.nextReview()), joined(ia.affected().individuals()), joined(ia.affected().groups()),
                joined(ia.affected().society()), joined(ia.affected().vulnerableGroups()), impacts, ia.measures(),
                moduleOf(ia), sourceOf(ia));
        return new AssessmentPage(view, history.of("ImpactAssessment", ia.id()));
    }

    AssessmentsPage impactAssessments() {
        List<AssessmentRow> rows = new ArrayList<>();
        for (ImpactAssessment ia : all(RecordKinds.IMPACT_ASSESSMENT)) {
            rows.add(new AssessmentRow(links.link("ia", ia.id()), links.link("system", ia.system()),
                    ia.impacts().size(), ia.assessedOn(),
                    ia.approval() == null ? "no" : ia.approval().approvedOn().toString()));
        }
        return new AssessmentsPage("Impact assessments", rows);
    }

    /** Controls as links to their rows in the Statement of Applicability, each with its title. */
    private String controls(List<String> ids) {
        return Views.joinedMarkup(ids.stream().map(id -> SiteLinks.control(id) + input.catalogs().annexA().control(id)
                .map(control -> " " + UserText.asciiDoc(control.title())).orElse("")).toList());
    }

    /** An Annex C id with its name: {@code C.2.5 Fairness}. */
    private static String named(List<AnnexC.Entry> entries, String id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).map(entry -> id + " " + entry.title())
                .findFirst().orElse(id);
    }

    private String sourceOf(AimsRecord record) {
        return find(record).map(each -> each.location().toString()).orElse("—");
    }

    private String moduleOf(AimsRecord record) {
        return find(record).map(Views::moduleOf).orElse("");
    }

    private static String rating(RiskCriteria criteria, Rating rating) {
        return OverviewViews.level(criteria, rating) + " (likelihood " + rating.likelihood() + ", severity "
                + rating.severity() + ")";
    }

}
