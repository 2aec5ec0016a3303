package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Risk;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Clauses 8.2 and 8.4: when a risk or impact assessment is stale — older than the re-assessment interval of the risk
 * criteria, past its next review date, or older than a significant change of one of its AI systems. The rule
 * review-fresh reports each reason (and, from git, changes committed to an AI system record); the dashboard counts
 * the stale assessments with the same words.
 */
public final class Reassessment {

    /** Why an assessment is due again, and since when. */
    public enum Reason { INTERVAL, NEXT_REVIEW }

    /** A reassessment that is due: why, and the date it was due. */
    public record Due(Reason reason, LocalDate date) {}

    private Reassessment() {}

    /** Whether an assessment is due by its dates alone: the interval first, else its next review date. */
    public static Optional<Due> due(LocalDate assessedOn, LocalDate nextReview, int months, LocalDate today) {
        LocalDate interval = assessedOn.plusMonths(months);
        if (interval.isBefore(today)) {
            return Optional.of(new Due(Reason.INTERVAL, interval));
        }
        if (nextReview != null && nextReview.isBefore(today)) {
            return Optional.of(new Due(Reason.NEXT_REVIEW, nextReview));
        }
        return Optional.empty();
    }

    /** Whether an AI system changed significantly after an assessment (its lastSignificantChange). */
    public static boolean changedSince(AISystem system, LocalDate assessedOn) {
        return system != null && system.lastSignificantChange() != null
                && system.lastSignificantChange().isAfter(assessedOn);
    }

    /** The risk and impact assessments of a model that are stale by their dates or their systems' changes. */
    public static long staleCount(AimsModel model, LocalDate today) {
        int months = model.criteria().reassessmentIntervalMonths();
        List<AISystem> systems = model.all(RecordKinds.AI_SYSTEM);
        long risks = model.all(RecordKinds.RISK).stream()
                .filter(risk -> stale(risk.assessedOn(), risk.nextReview(), risk.systems(), systems, months, today))
                .count();
        long assessments = model.all(RecordKinds.IMPACT_ASSESSMENT).stream()
                .filter(ia -> stale(ia.assessedOn(), ia.nextReview(), List.of(ia.system()), systems, months, today))
                .count();
        return risks + assessments;
    }

    /** Whether a risk is stale. */
    public static boolean stale(Risk risk, AimsModel model, LocalDate today) {
        return stale(risk.assessedOn(), risk.nextReview(), risk.systems(), model.all(RecordKinds.AI_SYSTEM),
                model.criteria().reassessmentIntervalMonths(), today);
    }

    /** Whether an impact assessment is stale. */
    public static boolean stale(ImpactAssessment assessment, AimsModel model, LocalDate today) {
        return stale(assessment.assessedOn(), assessment.nextReview(), List.of(assessment.system()),
                model.all(RecordKinds.AI_SYSTEM), model.criteria().reassessmentIntervalMonths(), today);
    }

    private static boolean stale(LocalDate assessedOn, LocalDate nextReview, List<String> systemIds,
            List<AISystem> systems, int months, LocalDate today) {
        return due(assessedOn, nextReview, months, today).isPresent() || systems.stream()
                .anyMatch(system -> systemIds.contains(system.id()) && changedSince(system, assessedOn));
    }
}
