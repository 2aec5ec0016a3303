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

    /** The statuses of an action still to be carried out; done and cancelled actions are closed. */
    public static final java.util.Set<String> OPEN = java.util.Set.of("open", "in-progress");

    public TreatmentAction {
        risks = Lists.of(risks);
        controls = Lists.of(controls);
    }

    /** Whether the action is still to be carried out. */
    public boolean open() {
        return OPEN.contains(status);
    }

    /** Whether the action is open past its due date: the rule actions-not-overdue and the dashboard agree on it. */
    public boolean overdue(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}
