package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 9.3: one management review — attendees, the 9.3.2 inputs considered, decisions and outputs. */
public record ManagementReview(
        String id,
        LocalDate heldOn,
        String chair,
        List<String> attendees,
        List<String> inputs,
        List<Decision> decisions,
        List<String> outputs) implements AimsRecord {

    /** The clause 9.3.2 inputs, in this project's own words (the schema's enumeration). */
    public static final List<String> REQUIRED_INPUTS = List.of("previous-actions", "context-changes",
            "interested-party-changes", "nonconformities", "monitoring-results", "audit-results",
            "improvement-opportunities");

    /** A decision of the review, with an owner and due date where it calls for action. */
    public record Decision(String decision, String owner, LocalDate due) {}

    public ManagementReview {
        attendees = Lists.of(attendees);
        inputs = Lists.of(inputs);
        decisions = Lists.of(decisions);
        outputs = Lists.of(outputs);
    }
}
