package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.joined;
import static io.github.aimsplugin.site.Views.text;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Audit;
import io.github.aimsplugin.schema.model.ManagementReview;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Nonconformity;
import io.github.aimsplugin.schema.model.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The view of the performance page: objectives (6.2), monitoring (9.1), audits (9.2), reviews (9.3), 10.2. */
final class PerformanceViews {

    /** An objective (6.2). */
    record ObjectiveRow(String id, String anchor, String objective, String measure, String target, String owner,
            LocalDate due, String measured, String status, String systemsLinks) {}

    /** A monitoring record (9.1). */
    record MonitoringRow(String id, String anchor, String subject, String method, String frequency, String owner,
            String lastResult, boolean outOfLimits, String systemsLinks) {}

    /** A finding of an audit. */
    record Finding(String id, String type, String againstLink, String description, String nonconformityLink) {}

    /** An internal audit (9.2). */
    record AuditRow(String id, String anchor, String type, String programme, String scope, String criteria,
            String auditor, String independence, LocalDate planned, String conducted, String status,
            List<Finding> findings, boolean hasFindings, String report) {}

    /** A decision of a management review. */
    record Decision(String decision, String owner, String due) {}

    /** A management review (9.3). */
    record ReviewRow(String id, String anchor, LocalDate heldOn, String chair, String attendees, String inputs,
            String missingInputs, List<Decision> decisions, List<String> outputs) {}

    /** A corrective action of a nonconformity. */
    record CorrectiveAction(String action, String owner, LocalDate due, String status, boolean overdue) {}

    /** A nonconformity (10.2). */
    record NonconformityRow(String id, String anchor, LocalDate raisedOn, String description, String againstLink,
            String sourceLink, String correction, String rootCause, List<CorrectiveAction> actions,
            boolean hasActions, String effectiveness, String status) {}

    /** The performance page's records, without its metrics. */
    record PerformanceView(String title, List<ObjectiveRow> objectives, boolean hasObjectives,
            List<MonitoringRow> monitoring, boolean hasMonitoring, List<AuditRow> audits, boolean hasAudits,
            List<ReviewRow> reviews, boolean hasReviews, List<NonconformityRow> nonconformities,
            boolean hasNonconformities) {}

    /** The performance page ({@code performance.adoc.mustache}). */
    record Page(PerformanceView performance, MeasurementViews.PerformanceMetrics metrics) implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(performance, metrics);
        }
    }

    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;

    PerformanceViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
    }

    Page performance(MeasurementViews.PerformanceMetrics metrics) {
        return new Page(new PerformanceView("Performance and improvement",
                objectives(), !model.loaded(RecordKinds.OBJECTIVE).isEmpty(),
                monitoring(), !model.loaded(RecordKinds.MONITORING).isEmpty(),
                audits(), !model.loaded(RecordKinds.AUDIT).isEmpty(),
                reviews(), !model.loaded(RecordKinds.MANAGEMENT_REVIEW).isEmpty(),
                nonconformities(), !model.loaded(RecordKinds.NONCONFORMITY).isEmpty()), metrics);
    }

    private List<ObjectiveRow> objectives() {
        List<ObjectiveRow> rows = new ArrayList<>();
        for (Objective objective : model.all(RecordKinds.OBJECTIVE)) {
            rows.add(new ObjectiveRow(objective.id(), anchor("objective", objective.id()), objective.objective(),
                    objective.measure(), objective.target(), objective.owner(), objective.due(),
                    objective.measured() == null ? "—"
                            : objective.measured().value() + " (" + objective.measured().on() + ")",
                    text(objective.status()), systems(objective.systems())));
        }
        return rows;
    }

    private List<MonitoringRow> monitoring() {
        List<MonitoringRow> rows = new ArrayList<>();
        for (Monitoring monitoring : model.all(RecordKinds.MONITORING)) {
            Monitoring.Result last = monitoring.lastResult();
            rows.add(new MonitoringRow(monitoring.id(), anchor("monitoring", monitoring.id()), monitoring.subject(),
                    monitoring.method(), monitoring.frequency(), monitoring.owner(),
                    last == null ? "—" : last.value() + " (" + last.on() + ")",
                    last != null && Boolean.FALSE.equals(last.withinLimits()), systems(monitoring.systems())));
        }
        return rows;
    }

    private List<AuditRow> audits() {
        List<AuditRow> rows = new ArrayList<>();
        List<Audit> audits = new ArrayList<>(model.all(RecordKinds.AUDIT));
        audits.sort(Comparator.comparing(Audit::plannedOn).thenComparing(Audit::id));
        for (Audit audit : audits) {
            List<Finding> findings = new ArrayList<>();
            for (Audit.Finding finding : audit.findings()) {
                findings.add(new Finding(finding.id(), finding.type(),
                        finding.clause() != null ? clause(finding.clause())
                                : finding.control() == null ? "—" : SiteLinks.control(finding.control()),
                        finding.description(), finding.nonconformity() == null ? "—"
                                : SiteLinks.to("performance.html#" + anchor("nc", finding.nonconformity()),
                                        finding.nonconformity())));
            }
            rows.add(new AuditRow(audit.id(), anchor("audit", audit.id()), audit.type(), audit.programme(),
                    audit.scope(), joined(audit.criteria()),
                    audit.auditor().name() + (audit.auditor().organisation() == null ? ""
                            : ", " + audit.auditor().organisation()),
                    audit.auditor().independent() ? "independent of the audited area"
                            : "NOT independent of the audited area",
                    audit.plannedOn(), text(audit.conductedOn()), audit.status(), findings, !findings.isEmpty(),
                    text(audit.report())));
        }
        return rows;
    }

    private List<ReviewRow> reviews() {
        List<ReviewRow> rows = new ArrayList<>();
        List<ManagementReview> reviews = new ArrayList<>(model.all(RecordKinds.MANAGEMENT_REVIEW));
        reviews.sort(Comparator.comparing(ManagementReview::heldOn).reversed().thenComparing(ManagementReview::id));
        for (ManagementReview review : reviews) {
            List<String> missing = ManagementReview.REQUIRED_INPUTS.stream()
                    .filter(item -> !review.inputs().contains(item)).toList();
            List<Decision> decisions = new ArrayList<>();
            review.decisions().forEach(decision -> decisions.add(new Decision(decision.decision(),
                    text(decision.owner()), text(decision.due()))));
            rows.add(new ReviewRow(review.id(), anchor("review", review.id()), review.heldOn(), text(review.chair()),
                    joined(review.attendees()), joined(review.inputs()),
                    missing.isEmpty() ? "" : String.join(", ", missing), decisions, review.outputs()));
        }
        return rows;
    }

    private List<NonconformityRow> nonconformities() {
        List<NonconformityRow> rows = new ArrayList<>();
        for (Nonconformity nc : model.all(RecordKinds.NONCONFORMITY)) {
            List<CorrectiveAction> actions = new ArrayList<>();
            nc.correctiveActions().forEach(action -> actions.add(new CorrectiveAction(action.action(),
                    action.owner(), action.due(), action.status(),
                    action.open() && action.due().isBefore(input.today()))));
            Nonconformity.Effectiveness effectiveness = nc.effectiveness();
            rows.add(new NonconformityRow(nc.id(), anchor("nc", nc.id()), nc.raisedOn(), nc.description(),
                    Views.joinedMarkup(java.util.stream.Stream.of(
                            nc.clause() == null ? null : clause(nc.clause()),
                            nc.control() == null ? null : SiteLinks.control(nc.control()))
                            .filter(java.util.Objects::nonNull).toList()),
                    UserText.asciiDoc(nc.source()) + (nc.sourceRecord() == null ? ""
                            : " (" + links.reference(nc.sourceRecord()) + ")"),
                    text(nc.correction()), text(nc.rootCause()), actions, !actions.isEmpty(),
                    effectiveness == null ? "not reviewed yet"
                            : (effectiveness.effective() ? "effective" : "not effective") + " (reviewed "
                                    + effectiveness.reviewedOn() + " by " + effectiveness.reviewedBy() + ")",
                    nc.status() + (nc.closedOn() == null ? "" : " on " + nc.closedOn())));
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
