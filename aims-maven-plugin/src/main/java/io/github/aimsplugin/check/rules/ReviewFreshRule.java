package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.Reassessment;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.trail.RecordChange;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Clauses 8.2 and 8.4: risk and impact assessments are re-run at planned intervals and after significant change.
 * Catches the one-time assessment that is never repeated.
 */
public final class ReviewFreshRule implements Rule {

    public static final String ID = "review-fresh";

    /** Put in a commit message to say that a change to an AI system record needs no re-assessment. */
    public static final String MINOR_CHANGE = "[minor-change]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.RECORD_HISTORY);
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Risk and impact assessments are younger than the re-assessment interval, their next review date,"
                + " and the last significant change of their systems.";
    }

    @Override
    public String documentation() {
        return "Clauses 8.2 and 8.4 ask for assessments at planned intervals (RiskCriteria"
                + " reassessmentIntervalMonths, 12 by default) and when significant changes occur"
                + " (AISystem lastSignificantChange, or a commit that changed the AISystem record after the"
                + " assessment; a commit whose subject line contains " + MINOR_CHANGE + " is not counted).";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        int months = context.model().criteria().reassessmentIntervalMonths();
        Map<String, AISystem> systems = context.model().all(RecordKinds.AI_SYSTEM).stream()
                .collect(Collectors.toMap(AISystem::id, Function.identity()));
        for (Risk risk : context.model().all(RecordKinds.RISK)) {
            check(context, report, risk, RecordKinds.RISK.name(), "risk assessment", risk.assessedOn(),
                    risk.nextReview(), risk.systems(), systems, months);
        }
        for (ImpactAssessment assessment : context.model().all(RecordKinds.IMPACT_ASSESSMENT)) {
            check(context, report, assessment, RecordKinds.IMPACT_ASSESSMENT.name(), "impact assessment",
                    assessment.assessedOn(), assessment.nextReview(), List.of(assessment.system()), systems, months);
        }
    }

    private void check(RuleContext context, Consumer<Violation> report, AimsRecord record, String kind, String what,
            LocalDate assessedOn, LocalDate nextReview, List<String> systemIds, Map<String, AISystem> systems,
            int months) {
        String hint = "re-assess, then update assessedOn and nextReview";
        Reassessment.due(assessedOn, nextReview, months, context.today()).ifPresent(due -> {
            if (due.reason() == Reassessment.Reason.INTERVAL) {
                report.accept(violation(context.locate(record, "/assessedOn"), kind, record.id(), "the " + what
                        + " of " + record.id() + " dates from " + assessedOn + ", older than the re-assessment interval"
                        + " of " + months + " months (due " + due.date() + ")", hint, "interval"));
            } else {
                report.accept(violation(context.locate(record, "/nextReview"), kind, record.id(), "the " + what
                        + " of " + record.id() + " was due for review on " + due.date(), hint, "next-review"));
            }
        });
        for (String systemId : systemIds) {
            AISystem system = systems.get(systemId);
            if (Reassessment.changedSince(system, assessedOn)) {
                report.accept(violation(context.locate(record, "/assessedOn"), kind, record.id(), "the " + what
                        + " of " + record.id() + " (" + assessedOn + ") predates the significant change of AI system "
                        + systemId + " on " + system.lastSignificantChange(), hint + " to cover the change",
                        "changed:" + systemId));
            }
            RecordChange committed = context.systemChanges().get(systemId);
            if (committed != null && committed.when().atZone(ZoneOffset.UTC).toLocalDate().isAfter(assessedOn)
                    && !committed.minor()) {
                report.accept(violation(context.locate(record, "/assessedOn"), kind, record.id(), "the " + what
                        + " of " + record.id() + " (" + assessedOn + ") predates a change to AI system " + systemId
                        + " committed on " + committed.when().atZone(ZoneOffset.UTC).toLocalDate() + " ("
                        + committed.shortCommit() + " '" + committed.subject() + "')", hint
                        + " to cover the change, or mark a change that needs none with " + MINOR_CHANGE
                        + " in the subject line of its commit message", "committed:" + systemId));
            }
        }
    }
}
