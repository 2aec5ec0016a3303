package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;
import static io.github.aimsplugin.site.Views.map;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views of the page of each AI system, risk and impact assessment, and the list of assessments. */
final class RecordViews {

    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;
    private final HistoryViews history;

    RecordViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
        this.history = new HistoryViews(input.trail(), links);
    }

    Map<String, Object> system(AISystem system) {
        List<Risk> risks = model.all(RecordKinds.RISK).stream().filter(r -> r.systems().contains(system.id())).toList();
        RiskCriteria criteria = model.criteria();
        List<Map<String, Object>> riskRows = new ArrayList<>();
        Set<String> controlIds = new LinkedHashSet<>();
        for (Risk risk : risks) {
            riskRows.add(map("link", links.link("risk", risk.id()), "title", risk.title(),
                    "inherentLevel", OverviewViews.level(criteria, risk.inherent()),
                    "residualLevel", OverviewViews.level(criteria, risk.residual() == null ? risk.inherent()
                            : risk.residual())));
            controlIds.addAll(risk.existingControls());
            controlIds.addAll(risk.treatment().controls());
        }
        List<Map<String, Object>> controls = new ArrayList<>();
        controlIds.stream().sorted().forEach(id -> controls.add(map("link", SiteLinks.control(id), "title",
                input.catalogs().annexA().control(id).map(c -> c.title()).orElse(""))));
        List<Map<String, Object>> assessments = new ArrayList<>();
        model.all(RecordKinds.IMPACT_ASSESSMENT).stream().filter(ia -> ia.system().equals(system.id()))
                .forEach(ia -> assessments.add(map("link", links.link("ia", ia.id()))));
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence item : model.all(RecordKinds.EVIDENCE)) {
            if (item.supports().contains("AISystem/" + system.id())) {
                evidence.add(map("link", links.record("Evidence", item.id()), "title", item.title()));
            }
        }
        List<Map<String, Object>> dataSources = new ArrayList<>();
        system.dataSources().forEach(d -> dataSources.add(map("name", d.name(), "description", d.description(),
                "personalData", Boolean.TRUE.equals(d.personalData()))));
        List<Map<String, Object>> models = new ArrayList<>();
        system.models().forEach(m -> models.add(map("name", m.name(), "version", m.version(), "type", m.type(),
                "supplier", m.supplier())));
        return history.with("AISystem", system.id(), map("title", "AI system: " + system.name(), "purpose", system.purpose(), "owner", system.owner(),
                "lifecycleStage", system.lifecycleStage(), "provenance", system.provenance(),
                "supplier", system.supplier() == null ? "—" : system.supplier().name()
                        + (system.supplier().contract() == null ? "" : " (" + system.supplier().contract() + ")"),
                "inScope", system.inScope() ? "yes" : "no", "deploymentContext", Views.text(system.deploymentContext()),
                "affectedPartiesText", joined(system.affectedParties()),
                "codeText", joined(system.components().code()),
                "dependenciesText", joined(system.components().dependencies()),
                "source", sourceOf(system), "module", Views.moduleOf(model, system), "dataSources", dataSources, "models", models, "risks", riskRows,
                "assessments", assessments, "controls", controls, "evidence", evidence,
                "code", new CodeViews(input).system(system)));
    }

    Map<String, Object> risk(Risk risk) {
        RiskCriteria criteria = model.criteria();
        List<Map<String, Object>> actions = new ArrayList<>();
        model.all(RecordKinds.TREATMENT_ACTION).stream().filter(a -> a.risks().contains(risk.id()))
                .forEach(a -> actions.add(map("id", a.id(), "action", a.action(), "owner", a.owner(), "due", a.due(),
                        "status", a.status())));
        Risk.Acceptance acceptance = risk.acceptance();
        return history.with("Risk", risk.id(), map("title", "Risk " + risk.id() + ": " + risk.title(),
                "systemsLinks", Views.joinedMarkup(risk.systems().stream().map(id -> links.link("system", id)).toList()),
                "source", named(input.catalogs().annexC().riskSources(), risk.source()),
                "objectivesText", joined(risk.objectives().stream()
                        .map(id -> named(input.catalogs().annexC().objectives(), id)).toList()),
                "scenario", risk.scenario(),
                "consequences", risk.consequences(), "inherentText", rating(criteria, risk.inherent()),
                "existingControlsLinks", controls(risk.existingControls()), "option", risk.treatment().option(),
                "rationale", risk.treatment().rationale(),
                "controlsLinks", controls(risk.treatment().controls()),
                "residualText", risk.residual() == null ? "—" : rating(criteria, risk.residual()),
                "acceptanceText", acceptance == null ? "—" : "by " + acceptance.approvedBy() + " on "
                        + acceptance.approvedOn() + ", until " + acceptance.expires() + ": " + acceptance.rationale(),
                "owner", risk.owner(), "status", risk.status(), "assessedOn", risk.assessedOn(),
                "nextReview", Views.text(risk.nextReview()), "file", sourceOf(risk), "module", Views.moduleOf(model, risk), "actions", actions));
    }

    Map<String, Object> impactAssessment(ImpactAssessment ia) {
        List<Map<String, Object>> impacts = new ArrayList<>();
        ia.impacts().forEach(impact -> impacts.add(map("description", impact.description(), "kind", impact.kind(),
                "area", impact.area(), "affects", impact.affects(), "severity", impact.severity(),
                "likelihood", impact.likelihood(), "measuresText", joined(impact.measures()))));
        return history.with("ImpactAssessment", ia.id(), map("title", "Impact assessment " + ia.id(),
                "systemLink", links.link("system", ia.system()),
                "scope", ia.scope(), "intendedUsesText", joined(ia.intendedUses()),
                "misuseText", joined(ia.foreseeableMisuse()), "humanOversight", ia.humanOversight(),
                "assessedBy", ia.assessedBy(), "assessedOn", ia.assessedOn(),
                "approval", ia.approval() == null ? "not approved" : "by " + ia.approval().approvedBy() + " on "
                        + ia.approval().approvedOn(),
                "nextReview", Views.text(ia.nextReview()),
                "individualsText", joined(ia.affected().individuals()), "groupsText", joined(ia.affected().groups()),
                "societyText", joined(ia.affected().society()),
                "vulnerableText", joined(ia.affected().vulnerableGroups()), "impacts", impacts,
                "measures", ia.measures(), "module", Views.moduleOf(model, ia), "file", sourceOf(ia)));
    }

    Map<String, Object> impactAssessments() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImpactAssessment ia : model.all(RecordKinds.IMPACT_ASSESSMENT)) {
            rows.add(map("link", links.link("ia", ia.id()), "systemLink", links.link("system", ia.system()),
                    "impactCount", ia.impacts().size(), "assessedOn", ia.assessedOn(),
                    "approved", ia.approval() == null ? "no" : ia.approval().approvedOn().toString()));
        }
        return map("title", "Impact assessments", "assessments", rows);
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
        return model.find(record).map(loaded -> loaded.location().toString()).orElse("—");
    }

    private static String rating(RiskCriteria criteria, Rating rating) {
        return OverviewViews.level(criteria, rating) + " (likelihood " + rating.likelihood() + ", severity "
                + rating.severity() + ")";
    }

}
