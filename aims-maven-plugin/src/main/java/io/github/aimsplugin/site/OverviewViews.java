package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;
import static io.github.aimsplugin.site.Views.map;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.Reassessment;
import io.github.aimsplugin.schema.StatementOfApplicability;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import io.github.aimsplugin.schema.model.Scope;
import io.github.aimsplugin.schema.model.TreatmentAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Views of the site-wide pages: dashboard, context, inventory, criteria, register, plan. */
final class OverviewViews {


    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;

    OverviewViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
    }

    Map<String, Object> index() {
        List<Scope> scopes = model.all(RecordKinds.SCOPE);
        Scope scope = scopes.isEmpty() ? null : scopes.get(0);
        List<Map<String, Object>> counts = new ArrayList<>();
        model.countsByKind().forEach((kind, count) -> counts.add(map("kind", kind, "count", count)));
        // Coverage, overdue and stale mean what the rules and the Maven report mean: one definition on the model.
        StatementOfApplicability soa = StatementOfApplicability.of(model, input.catalogs().annexA());
        Map<String, Object> view = map("title", "AIMS dashboard",
                "organisation", scope == null ? "Organisation not declared" : scope.organisation(),
                "scopeStatement", scope == null ? "No Scope record declares the scope of the AIMS." : scope.statement(),
                "aiRolesText", scope == null ? "—" : joined(scope.aiRoles()),
                "counts", counts,
                "controlCount", soa.controls(),
                "decided", soa.decided(),
                "implemented", soa.implemented(),
                "partial", soa.partial(),
                "planned", soa.planned(),
                "notImplemented", soa.notImplemented(),
                "excluded", soa.excluded(),
                "soaChart", soaChart(soa),
                "riskChart", riskChart(),
                "overdueCount", overdueActions().size(),
                "staleCount", Reassessment.staleCount(model, input.today()),
                "commit", input.commit(),
                "pluginVersion", input.pluginVersion(),
                "date", input.date());
        view.putAll(new CodeViews(input).dashboard());
        view.put("checkRan", input.check() != null);
        if (input.check() != null) {
            view.put("checkSummary", input.check().errors() + " errors, " + input.check().warnings()
                    + " warnings from " + input.check().rules().stream().filter(r -> r.level() != Level.OFF).count()
                    + " rules.");
            List<Map<String, Object>> violations = new ArrayList<>();
            for (Violation violation : input.check().violations()) {
                violations.add(map("level", violation.level().label(), "rule", violation.rule(),
                        "recordLink", links.record(violation.kind(), violation.id()), "message", violation.message()));
            }
            view.put("checkViolations", violations);
        }
        List<Map<String, Object>> exports = new ArrayList<>();
        input.exports().forEach(format -> exports.add(map("link", SiteLinks.to("exports/" + format.fileName(),
                format.title()))));
        view.put("exports", exports);
        view.put("hasExports", !exports.isEmpty());
        return view;
    }

    Map<String, Object> context() {
        List<Map<String, Object>> scopes = new ArrayList<>();
        for (Scope scope : model.all(RecordKinds.SCOPE)) {
            List<Map<String, Object>> parties = new ArrayList<>();
            scope.interestedParties().forEach(party -> parties.add(map("name", party.name(), "type", party.type(),
                    "requirements", party.requirements())));
            List<Map<String, Object>> exclusions = new ArrayList<>();
            scope.exclusions().forEach(e -> exclusions.add(map("item", e.item(), "reason", e.reason())));
            scopes.add(map("organisation", scope.organisation(), "statement", scope.statement(),
                    "aiRolesText", joined(scope.aiRoles()), "boundaries", scope.boundaries(),
                    "exclusions", exclusions, "internalIssues", scope.internalIssues(),
                    "externalIssues", scope.externalIssues(), "interestedParties", parties));
        }
        List<Map<String, Object>> policies = new ArrayList<>();
        for (Policy policy : model.all(RecordKinds.POLICY)) {
            policies.add(map("title", policy.title(), "statement", policy.statement(),
                    "commitments", policy.commitments(), "approvedBy", policy.approval().approvedBy(),
                    "approvedOn", policy.approval().approvedOn(), "reviewIntervalMonths",
                    policy.reviewIntervalMonths()));
        }
        List<Map<String, Object>> roles = new ArrayList<>();
        model.roles().forEach(role -> roles.add(map("id", role.id(), "title", role.title(), "holder", role.holder(),
                "responsibilities", role.responsibilities(), "authorities", role.authorities())));
        return map("title", "Context and leadership", "scopes", scopes, "policies", policies, "roles", roles);
    }

    Map<String, Object> inventory() {
        List<Map<String, Object>> systems = new ArrayList<>();
        for (AISystem system : model.all(RecordKinds.AI_SYSTEM)) {
            systems.add(map("link", links.link("system", system.id()), "purpose", system.purpose(),
                    "provenance", system.provenance(), "lifecycleStage", system.lifecycleStage(),
                    "owner", system.owner(), "inScope", system.inScope() ? "yes" : "no",
                    "module", Views.moduleOf(model, system)));
            systems.get(systems.size() - 1).putAll(new CodeViews(input).inventoryRow(system));
        }
        return map("title", "AI system inventory", "systems", systems, "aggregated", Views.aggregated(model),
                "hasPortfolio", !input.portfolio().services().isEmpty());
    }

    Map<String, Object> criteria() {
        RiskCriteria criteria = model.criteria();
        List<Map<String, Object>> likelihood = new ArrayList<>();
        criteria.likelihood().forEach(l -> likelihood.add(map("value", l.value(), "label", l.label(),
                "description", l.description())));
        List<Map<String, Object>> severity = new ArrayList<>();
        criteria.severity().forEach(s -> severity.add(map("value", s.value(), "label", s.label(),
                "description", s.description())));
        return map("title", "Risk criteria", "defaultCriteria", model.defaultCriteria(),
                "threshold", criteria.acceptanceThreshold(), "interval", criteria.reassessmentIntervalMonths(),
                "likelihood", likelihood, "severity", severity,
                "matrix", matrix());
    }

    /** The risk matrix: every likelihood × severity cell coloured and named by its level. */
    String matrix() {
        return SiteCharts.matrix(model.criteria(), null, null, "Risk matrix");
    }

    /** The bar chart of the dashboard: how many controls stand at each decision and status. */
    String soaChart() {
        return soaChart(StatementOfApplicability.of(model, input.catalogs().annexA()));
    }

    private static String soaChart(StatementOfApplicability soa) {
        return SiteCharts.bars(List.of(
                Map.entry("implemented", soa.implemented()),
                Map.entry("partial", soa.partial()),
                Map.entry("planned", soa.planned()),
                Map.entry("not implemented", soa.notImplemented()),
                Map.entry("excluded", soa.excluded()),
                Map.entry("undecided", soa.undecided())), "Statement of Applicability coverage");
    }

    /**
     * The heat map of the risks before ({@code residual} false) or after treatment; with links, each counted cell
     * links to its list of risks on the register page.
     */
    String heatMap(boolean residual, boolean links) {
        Map<Rating, Integer> counts = new LinkedHashMap<>();
        for (Risk risk : model.all(RecordKinds.RISK)) {
            counts.merge(residual ? after(risk) : risk.inherent(), 1, Integer::sum);
        }
        String which = residual ? "residual" : "inherent";
        return SiteCharts.matrix(model.criteria(), counts, links ? r -> "#" + anchor(which, r) : null,
                residual ? "Residual risk" : "Inherent risk");
    }

    private static Rating after(Risk risk) {
        return risk.residual() == null ? risk.inherent() : risk.residual();
    }

    Map<String, Object> risks() {
        RiskCriteria criteria = model.criteria();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Risk>> byCell = new LinkedHashMap<>();
        for (Risk risk : model.all(RecordKinds.RISK)) {
            Rating after = after(risk);
            byCell.computeIfAbsent(anchor("inherent", risk.inherent()), key -> new ArrayList<>()).add(risk);
            byCell.computeIfAbsent(anchor("residual", after), key -> new ArrayList<>()).add(risk);
            rows.add(map("link", links.link("risk", risk.id()), "title", risk.title(),
                    "systemsLinks", Views.joinedMarkup(risk.systems().stream().map(id -> links.link("system", id))
                            .toList()), "inherentLevel", level(criteria, risk.inherent()),
                    "option", risk.treatment().option(), "residualLevel", level(criteria, after),
                    "owner", risk.owner(), "status", risk.status()));
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        byCell.keySet().stream().sorted().forEach(key -> {
            List<Map<String, Object>> risks = new ArrayList<>();
            byCell.get(key).forEach(risk -> risks.add(map("link", links.link("risk", risk.id()), "title", risk.title())));
            String[] parts = key.split("-");
            cells.add(map("anchor", key, "heading", parts[0] + ": likelihood " + parts[1] + ", severity " + parts[2],
                    "risks", risks));
        });
        return map("title", "Risk register", "risks", rows, "cells", cells,
                "inherentHeatMap", heatMap(false, true), "residualHeatMap", heatMap(true, true));
    }

    Map<String, Object> treatment() {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (TreatmentAction action : model.all(RecordKinds.TREATMENT_ACTION)) {
            actions.add(map("id", action.id(), "action", action.action(),
                    "risksLinks", Views.joinedMarkup(action.risks().stream().map(id -> links.link("risk", id)).toList()),
                    "anchor", SiteLinks.anchor("action", action.id()),
                    "controlsLinks", Views.joinedMarkup(action.controls().stream().map(SiteLinks::control).toList()),
                    "owner", action.owner(), "due", action.due(),
                    "overdue", isOverdue(action), "status", action.status()));
        }
        return map("title", "Risk treatment plan", "actions", actions);
    }

    List<TreatmentAction> overdueActions() {
        return model.all(RecordKinds.TREATMENT_ACTION).stream().filter(this::isOverdue).toList();
    }

    private boolean isOverdue(TreatmentAction action) {
        return action.overdue(input.today());
    }

    /** The bar chart of the dashboard: how many risks stand at each level, before and after treatment. */
    String riskChart() {
        RiskCriteria criteria = model.criteria();
        List<Map.Entry<String, Integer>> bars = new ArrayList<>();
        for (RiskCriteria.RiskLevel level : criteria.levels()) {
            int before = 0;
            int after = 0;
            for (Risk risk : model.all(RecordKinds.RISK)) {
                before += level.id().equals(level(criteria, risk.inherent())) ? 1 : 0;
                after += level.id().equals(level(criteria, risk.residual() == null ? risk.inherent() : risk.residual()))
                        ? 1 : 0;
            }
            bars.add(Map.entry(level.label() + " inherent", before));
            bars.add(Map.entry(level.label() + " residual", after));
        }
        return SiteCharts.bars(bars, "Risks by level, inherent and residual");
    }

    static String level(RiskCriteria criteria, Rating rating) {
        return criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
    }

    static String anchor(String which, Rating rating) {
        return which + "-" + rating.likelihood() + "-" + rating.severity();
    }

}
