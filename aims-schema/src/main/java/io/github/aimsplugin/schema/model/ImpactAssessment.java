package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 6.1.4: the impact assessment of one AI system, with contents after ISO/IEC 42005. */
public record ImpactAssessment(
        String id,
        String system,
        String scope,
        List<String> intendedUses,
        List<String> foreseeableMisuse,
        Affected affected,
        List<Impact> impacts,
        List<String> measures,
        String humanOversight,
        List<String> relatedRisks,
        String assessedBy,
        LocalDate assessedOn,
        Approval approval,
        LocalDate nextReview) implements AimsRecord {

    public record Affected(List<String> individuals, List<String> groups, List<String> society,
            List<String> vulnerableGroups) {
        public Affected {
            individuals = Lists.of(individuals);
            groups = Lists.of(groups);
            society = Lists.of(society);
            vulnerableGroups = Lists.of(vulnerableGroups);
        }
    }

    /** One benefit or harm, in an area (fairness, privacy, ...), on individuals, groups or society. */
    public record Impact(String description, String kind, String area, String affects, int severity, int likelihood,
            List<String> measures) {
        public Impact {
            measures = Lists.of(measures);
        }
    }

    public ImpactAssessment {
        intendedUses = Lists.of(intendedUses);
        foreseeableMisuse = Lists.of(foreseeableMisuse);
        affected = affected == null ? new Affected(null, null, null, null) : affected;
        impacts = Lists.of(impacts);
        measures = Lists.of(measures);
        relatedRisks = Lists.of(relatedRisks);
    }
}
