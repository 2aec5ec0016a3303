package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 10.2: a nonconformity, its correction and cause, the corrective actions and their effectiveness review. */
public record Nonconformity(
        String id,
        LocalDate raisedOn,
        String source,
        String sourceRecord,
        String description,
        String clause,
        String control,
        String correction,
        String rootCause,
        List<CorrectiveAction> correctiveActions,
        Effectiveness effectiveness,
        String status,
        LocalDate closedOn) implements AimsRecord {

    /** One corrective action, with owner, due date and status. */
    public record CorrectiveAction(String action, String owner, LocalDate due, String status, LocalDate completedOn) {
        public boolean open() {
            return "open".equals(status) || "in-progress".equals(status);
        }
    }

    /** The review of whether the corrective actions worked. */
    public record Effectiveness(LocalDate reviewedOn, String reviewedBy, boolean effective, String notes) {}

    public Nonconformity {
        correctiveActions = Lists.of(correctiveActions);
    }

    public boolean open() {
        return "open".equals(status);
    }
}
