package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 6.1.2: one entry of the AI risk register. */
public record Risk(
        String id,
        String title,
        List<String> systems,
        String source,
        List<String> objectives,
        String scenario,
        String consequences,
        Rating inherent,
        List<String> existingControls,
        Treatment treatment,
        Rating residual,
        Acceptance acceptance,
        String owner,
        String status,
        LocalDate assessedOn,
        LocalDate nextReview) implements AimsRecord {

    /** The treatment option (mitigate, avoid, transfer, accept) and the Annex A controls that treat the risk. */
    public record Treatment(String option, List<String> controls, String rationale) {
        public Treatment {
            controls = Lists.of(controls);
        }
    }

    /** Formal acceptance of the risk by a role, with an expiry. */
    public record Acceptance(String approvedBy, LocalDate approvedOn, String rationale, LocalDate expires) {}

    public Risk {
        systems = Lists.of(systems);
        objectives = Lists.of(objectives);
        existingControls = Lists.of(existingControls);
    }
}
