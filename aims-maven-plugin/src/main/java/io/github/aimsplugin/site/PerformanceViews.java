package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;
import static io.github.aimsplugin.site.Views.map;
import static io.github.aimsplugin.site.Views.text;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Audit;
import io.github.aimsplugin.schema.model.ManagementReview;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Nonconformity;
import io.github.aimsplugin.schema.model.Objective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The view of the performance page: objectives (6.2), monitoring (9.1), audits (9.2), reviews (9.3), 10.2. */
final class PerformanceViews {

    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;

    PerformanceViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
    }

    Map<String, Object> performance() {
        return map("title", "Performance and improvement",
                "objectives", objectives(), "hasObjectives", !model.loaded(RecordKinds.OBJECTIVE).isEmpty(),
                "monitoring", monitoring(), "hasMonitoring", !model.loaded(RecordKinds.MONITORING).isEmpty(),
                "audits", audits(), "hasAudits", !model.loaded(RecordKinds.AUDIT).isEmpty(),
                "reviews", reviews(), "hasReviews", !model.loaded(RecordKinds.MANAGEMENT_REVIEW).isEmpty(),
                "nonconformities", nonconformities(),
                "hasNonconformities", !model.loaded(RecordKinds.NONCONFORMITY).isEmpty());
    }

    private List<Map<String, Object>> objectives() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Objective objective : model.all(RecordKinds.OBJECTIVE)) {
            rows.add(map("id", objective.id(), "anchor", anchor("objective", objective.id()),
                    "objective", objective.objective(), "measure", objective.measure(),
                    "target", objective.target(), "owner", objective.owner(), "due", objective.due(),
                    "measured", objective.measured() == null ? "—"
                            : objective.measured().value() + " (" + objective.measured().on() + ")",
                    "status", text(objective.status()), "systemsLinks", systems(objective.systems())));
        }
        return rows;
    }

    private List<Map<String, Object>> monitoring() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Monitoring monitoring : model.all(RecordKinds.MONITORING)) {
            Monitoring.Result last = monitoring.lastResult();
            rows.add(map("id", monitoring.id(), "anchor", anchor("monitoring", monitoring.id()),
                    "subject", monitoring.subject(), "method", monitoring.method(),
                    "frequency", monitoring.frequency(), "owner", monitoring.owner(),
                    "lastResult", last == null ? "—" : last.value() + " (" + last.on() + ")",
                    "outOfLimits", last != null && Boolean.FALSE.equals(last.withinLimits()),
                    "systemsLinks", systems(monitoring.systems())));
        }
        return rows;
    }

    private List<Map<String, Object>> audits() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Audit> audits = new ArrayList<>(model.all(RecordKinds.AUDIT));
        audits.sort(Comparator.comparing(Audit::plannedOn).thenComparing(Audit::id));
        for (Audit audit : audits) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Audit.Finding finding : audit.findings()) {
                findings.add(map("id", finding.id(), "type", finding.type(),
                        "againstLink", finding.clause() != null ? clause(finding.clause())
                                : finding.control() == null ? "—" : SiteLinks.control(finding.control()),
                        "description", finding.description(),
                        "nonconformityLink", finding.nonconformity() == null ? "—"
                                : SiteLinks.to("performance.html#" + anchor("nc", finding.nonconformity()),
                                        finding.nonconformity())));
            }
            rows.add(map("id", audit.id(), "anchor", anchor("audit", audit.id()), "type", audit.type(),
                    "programme", audit.programme(), "scope", audit.scope(), "criteria", joined(audit.criteria()),
                    "auditor", audit.auditor().name() + (audit.auditor().organisation() == null ? ""
                            : ", " + audit.auditor().organisation()),
                    "independence", audit.auditor().independent() ? "independent of the audited area"
                            : "NOT independent of the audited area",
                    "planned", audit.plannedOn(), "conducted", text(audit.conductedOn()), "status", audit.status(),
                    "findings", findings, "hasFindings", !findings.isEmpty(), "report", text(audit.report())));
        }
        return rows;
    }

    private List<Map<String, Object>> reviews() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ManagementReview> reviews = new ArrayList<>(model.all(RecordKinds.MANAGEMENT_REVIEW));
        reviews.sort(Comparator.comparing(ManagementReview::heldOn).reversed().thenComparing(ManagementReview::id));
        for (ManagementReview review : reviews) {
            List<String> missing = ManagementReview.REQUIRED_INPUTS.stream()
                    .filter(item -> !review.inputs().contains(item)).toList();
            List<Map<String, Object>> decisions = new ArrayList<>();
            review.decisions().forEach(decision -> decisions.add(map("decision", decision.decision(),
                    "owner", text(decision.owner()), "due", text(decision.due()))));
            rows.add(map("id", review.id(), "anchor", anchor("review", review.id()), "heldOn", review.heldOn(),
                    "chair", text(review.chair()),
                    "attendees", joined(review.attendees()), "inputs", joined(review.inputs()),
                    "missingInputs", missing.isEmpty() ? "" : String.join(", ", missing),
                    "decisions", decisions, "outputs", review.outputs()));
        }
        return rows;
    }

    private List<Map<String, Object>> nonconformities() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Nonconformity nc : model.all(RecordKinds.NONCONFORMITY)) {
            List<Map<String, Object>> actions = new ArrayList<>();
            nc.correctiveActions().forEach(action -> actions.add(map("action", action.action(),
                    "owner", action.owner(), "due", action.due(), "status", action.status(),
                    "overdue", action.open() && action.due().isBefore(input.today()))));
            Nonconformity.Effectiveness effectiveness = nc.effectiveness();
            rows.add(map("id", nc.id(), "anchor", anchor("nc", nc.id()), "raisedOn", nc.raisedOn(),
                    "description", nc.description(),
                    "againstLink", Views.joinedMarkup(java.util.stream.Stream.of(
                            nc.clause() == null ? null : clause(nc.clause()),
                            nc.control() == null ? null : SiteLinks.control(nc.control()))
                            .filter(java.util.Objects::nonNull).toList()),
                    "sourceLink", UserText.asciiDoc(nc.source()) + (nc.sourceRecord() == null ? ""
                            : " (" + links.reference(nc.sourceRecord()) + ")"),
                    "correction", text(nc.correction()), "rootCause", text(nc.rootCause()),
                    "actions", actions, "hasActions", !actions.isEmpty(),
                    "effectiveness", effectiveness == null ? "not reviewed yet"
                            : (effectiveness.effective() ? "effective" : "not effective") + " (reviewed "
                                    + effectiveness.reviewedOn() + " by " + effectiveness.reviewedBy() + ")",
                    "status", nc.status() + (nc.closedOn() == null ? "" : " on " + nc.closedOn())));
        }
        return rows;
    }

    private String systems(List<String> ids) {
        return Views.joinedMarkup(ids.stream().map(id -> links.link("system", id)).toList());
    }

    /** Anchors built only from safe characters, so a record id cannot break out of the id attribute. */
    static String anchor(String prefix, String id) {
        return SiteLinks.anchor(prefix, id);
    }

    private static String clause(String id) {
        return SiteLinks.to("clauses.html#" + ControlViews.clauseAnchor(id), "clause " + id);
    }
}
