package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Views of the site-wide pages: dashboard, context, inventory, criteria, register, plan. */
final class OverviewViews {


    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;
    private final SiteTemplates templates;

    OverviewViews(SiteInput input, SiteLinks links, SiteTemplates templates) {
        this.input = input;
        this.model = input.model();
        this.links = links;
        this.templates = templates;
    }

    /** A kind of record and how many the AIMS holds. */
    record KindCount(String kind, int count) {}

    /** A finding of this build's check. */
    record Finding(String level, String rule, String recordLink, String message) {}

    /** A link to a machine-readable export. */
    record ExportLink(String link) {}

    /** The dashboard without its code and metric counts. */
    record Dashboard(String title, String organisation, String scopeStatement, String aiRolesText,
            List<KindCount> counts, int controlCount, int decided, int implemented, int partial, int planned,
            int notImplemented, int excluded, String soaChart, String riskChart, int overdueCount, long staleCount,
            String commit, String pluginVersion, String date, boolean checkRan, String checkSummary,
            List<Finding> checkViolations, List<ExportLink> exports, boolean hasExports) {}

    /** The dashboard ({@code index.adoc.mustache}). */
    record IndexPage(Dashboard overview, CodeViews.Dashboard code, MeasurementViews.Dashboard metrics)
            implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(overview, code, metrics);
        }
    }

    IndexPage index(MeasurementViews.Dashboard metrics) {
        List<Scope> scopes = model.all(RecordKinds.SCOPE);
        Scope scope = scopes.isEmpty() ? null : scopes.get(0);
        List<KindCount> counts = new ArrayList<>();
        model.countsByKind().forEach((kind, count) -> counts.add(new KindCount(kind, count)));
        // Coverage, overdue and stale mean what the rules and the Maven report mean: one definition on the model.
        StatementOfApplicability soa = StatementOfApplicability.of(model, input.catalogs().annexA());
        String checkSummary = null;
        List<Finding> violations = null;
        if (input.check() != null) {
            checkSummary = input.check().errors() + " errors, " + input.check().warnings() + " warnings from "
                    + input.check().rules().stream().filter(r -> r.level() != Level.OFF).count() + " rules.";
            violations = new ArrayList<>();
            for (Violation violation : input.check().violations()) {
                violations.add(new Finding(violation.level().label(), violation.rule(),
                        links.record(violation.kind(), violation.id()), violation.message()));
            }
        }
        List<ExportLink> exports = new ArrayList<>();
        input.exports().forEach(format -> exports.add(new ExportLink(SiteLinks.to("exports/" + format.fileName(),
                format.title()))));
        Dashboard dashboard = new Dashboard("AIMS dashboard",
                scope == null ? "Organisation not declared" : scope.organisation(),
                scope == null ? "No Scope record declares the scope of the AIMS." : scope.statement(),
                scope == null ? "—" : joined(scope.aiRoles()), counts, soa.controls(), soa.decided(),
                soa.implemented(), soa.partial(), soa.planned(), soa.notImplemented(), soa.excluded(),
                soaChart(soa), riskChart(), overdueActions().size(), Reassessment.staleCount(model, input.today()),
                input.commit(), input.pluginVersion(), input.date(), input.check() != null, checkSummary, violations,
                exports, !exports.isEmpty());
        return new IndexPage(dashboard, new CodeViews(input).dashboard(), metrics);
    }

    /** An exclusion from the scope. */
    record Exclusion(String item, String reason) {}

    /** An interested party and its requirements. */
    record Party(String name, String type, List<String> requirements) {}

    /** A Scope record (4.1 to 4.4). */
    record ScopeView(String organisation, String statement, String aiRolesText, List<String> boundaries,
            List<Exclusion> exclusions, List<String> internalIssues, List<String> externalIssues,
            List<Party> interestedParties) {}

    /** A Policy record (5.2). */
    record PolicyView(String title, String statement, List<String> commitments, String approvedBy,
            LocalDate approvedOn, int reviewIntervalMonths) {}

    /** A role (5.3). */
    record RoleView(String id, String title, String holder, List<String> responsibilities,
            List<String> authorities) {}

    /** The context and leadership page ({@code context.adoc.mustache}). */
    record ContextPage(String title, List<ScopeView> scopes, List<PolicyView> policies, List<RoleView> roles) {}

    ContextPage context() {
        List<ScopeView> scopes = new ArrayList<>();
        for (Scope scope : model.all(RecordKinds.SCOPE)) {
            List<Party> parties = new ArrayList<>();
            scope.interestedParties().forEach(party -> parties.add(new Party(party.name(), party.type(),
                    party.requirements())));
            List<Exclusion> exclusions = new ArrayList<>();
            scope.exclusions().forEach(e -> exclusions.add(new Exclusion(e.item(), e.reason())));
            scopes.add(new ScopeView(scope.organisation(), scope.statement(), joined(scope.aiRoles()),
                    scope.boundaries(), exclusions, scope.internalIssues(), scope.externalIssues(), parties));
        }
        List<PolicyView> policies = new ArrayList<>();
        for (Policy policy : model.all(RecordKinds.POLICY)) {
            policies.add(new PolicyView(policy.title(), policy.statement(), policy.commitments(),
                    policy.approval().approvedBy(), policy.approval().approvedOn(), policy.reviewIntervalMonths()));
        }
        List<RoleView> roles = new ArrayList<>();
        model.roles().forEach(role -> roles.add(new RoleView(role.id(), role.title(), role.holder(),
                role.responsibilities(), role.authorities())));
        return new ContextPage("Context and leadership", scopes, policies, roles);
    }

    /** An AI system on the inventory, with what the scan found in its code. */
    record SystemRow(String link, String purpose, String provenance, String lifecycleStage, String owner,
            String inScope, String module, String useSites, String modelsFound) {}

    /** The AI system inventory ({@code inventory.adoc.mustache}). */
    record InventoryPage(String title, List<SystemRow> systems, boolean aggregated, boolean hasPortfolio) {}

    InventoryPage inventory() {
        List<SystemRow> systems = new ArrayList<>();
        CodeViews code = new CodeViews(input);
        for (AISystem system : model.all(RecordKinds.AI_SYSTEM)) {
            CodeViews.InventoryCounts found = code.inventoryRow(system);
            systems.add(new SystemRow(links.link("system", system.id()), system.purpose(), system.provenance(),
                    system.lifecycleStage(), system.owner(), system.inScope() ? "yes" : "no",
                    Views.moduleOf(model, system), found.useSites(), found.modelsFound()));
        }
        return new InventoryPage("AI system inventory", systems, Views.aggregated(model),
                !input.portfolio().services().isEmpty());
    }

    /** A level of the likelihood or severity scale. */
    record ScaleLevel(int value, String label, String description) {}

    /** The risk criteria page ({@code criteria.adoc.mustache}). */
    record CriteriaPage(String title, boolean defaultCriteria, String threshold, int interval,
            List<ScaleLevel> likelihood, List<ScaleLevel> severity, String matrix) {}

    CriteriaPage criteria() {
        RiskCriteria criteria = model.criteria();
        List<ScaleLevel> likelihood = new ArrayList<>();
        criteria.likelihood().forEach(l -> likelihood.add(new ScaleLevel(l.value(), l.label(), l.description())));
        List<ScaleLevel> severity = new ArrayList<>();
        criteria.severity().forEach(s -> severity.add(new ScaleLevel(s.value(), s.label(), s.description())));
        return new CriteriaPage("Risk criteria", model.defaultCriteria(), criteria.acceptanceThreshold(),
                criteria.reassessmentIntervalMonths(), likelihood, severity, matrix());
    }

    /** The risk matrix: every likelihood × severity cell coloured and named by its level. */
    String matrix() {
        return templates.svg(SiteCharts.matrix(model.criteria(), null, null, "Risk matrix"));
    }

    /** The bar chart of the dashboard: how many controls stand at each decision and status. */
    String soaChart() {
        return soaChart(StatementOfApplicability.of(model, input.catalogs().annexA()));
    }

    private String soaChart(StatementOfApplicability soa) {
        return templates.svg(SiteCharts.bars(List.of(
                Map.entry("implemented", soa.implemented()),
                Map.entry("partial", soa.partial()),
                Map.entry("planned", soa.planned()),
                Map.entry("not implemented", soa.notImplemented()),
                Map.entry("excluded", soa.excluded()),
                Map.entry("undecided", soa.undecided())), "Statement of Applicability coverage"));
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
        return templates.svg(SiteCharts.matrix(model.criteria(), counts,
                links ? r -> "#" + anchor(which, r) : null, residual ? "Residual risk" : "Inherent risk"));
    }

    private static Rating after(Risk risk) {
        return risk.residual() == null ? risk.inherent() : risk.residual();
    }

    /** A risk on the register. */
    record RiskRow(String link, String title, String systemsLinks, String inherentLevel, String option,
            String residualLevel, String owner, String status) {}

    /** A risk listed under a heat-map cell. */
    record CellRisk(String link, String title) {}

    /** The risks of one heat-map cell, under its anchor. */
    record Cell(String anchor, String heading, List<CellRisk> risks) {}

    /** The risk register ({@code risks.adoc.mustache}). */
    record RisksPage(String title, List<RiskRow> risks, List<Cell> cells, String inherentHeatMap,
            String residualHeatMap) {}

    RisksPage risks() {
        RiskCriteria criteria = model.criteria();
        List<RiskRow> rows = new ArrayList<>();
        Map<String, List<Risk>> byCell = new LinkedHashMap<>();
        for (Risk risk : model.all(RecordKinds.RISK)) {
            Rating after = after(risk);
            byCell.computeIfAbsent(anchor("inherent", risk.inherent()), key -> new ArrayList<>()).add(risk);
            byCell.computeIfAbsent(anchor("residual", after), key -> new ArrayList<>()).add(risk);
            rows.add(new RiskRow(links.link("risk", risk.id()), risk.title(),
                    Views.joinedMarkup(risk.systems().stream().map(id -> links.link("system", id)).toList()),
                    level(criteria, risk.inherent()), risk.treatment().option(), level(criteria, after),
                    risk.owner(), risk.status()));
        }
        List<Cell> cells = new ArrayList<>();
        byCell.keySet().stream().sorted().forEach(key -> {
            List<CellRisk> risks = new ArrayList<>();
            byCell.get(key).forEach(risk -> risks.add(new CellRisk(links.link("risk", risk.id()), risk.title())));
            String[] parts = key.split("-");
            cells.add(new Cell(key, parts[0] + ": likelihood " + parts[1] + ", severity " + parts[2], risks));
        });
        return new RisksPage("Risk register", rows, cells, heatMap(false, true), heatMap(true, true));
    }

    /** A treatment action. */
    record ActionRow(String id, String action, String risksLinks, String anchor, String controlsLinks, String owner,
            LocalDate due, boolean overdue, String status) {}

    /** The risk treatment plan ({@code treatment.adoc.mustache}). */
    record TreatmentPage(String title, List<ActionRow> actions) {}

    TreatmentPage treatment() {
        List<ActionRow> actions = new ArrayList<>();
        for (TreatmentAction action : model.all(RecordKinds.TREATMENT_ACTION)) {
            actions.add(new ActionRow(action.id(), action.action(),
                    Views.joinedMarkup(action.risks().stream().map(id -> links.link("risk", id)).toList()),
                    SiteLinks.anchor("action", action.id()),
                    Views.joinedMarkup(action.controls().stream().map(SiteLinks::control).toList()),
                    action.owner(), action.due(), isOverdue(action), action.status()));
        }
        return new TreatmentPage("Risk treatment plan", actions);
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
        return templates.svg(SiteCharts.bars(bars, "Risks by level, inherent and residual"));
    }

    static String level(RiskCriteria criteria, Rating rating) {
        return criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
    }

    static String anchor(String which, Rating rating) {
        return which + "-" + rating.likelihood() + "-" + rating.severity();
    }

}
