package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 6.1.3: one action of the risk treatment plan. */
public record TreatmentAction(
        String id,
        String action,
        List<String> risks,
        List<String> controls,
        String owner,
        LocalDate due,
        String status,
        LocalDate completedOn,
        String resources) implements AimsRecord {

    public TreatmentAction {
        risks = Lists.of(risks);
        controls = Lists.of(controls);
    }
}
