package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import java.util.List;

/**
 * Clause 6.1.3: how far the Statement of Applicability covers Annex A — the one count that the dashboard, the Maven
 * report and the exports show, with the number of controls taken from the catalog, never written out.
 *
 * @param controls the controls of Annex A (the catalog's size)
 * @param decided the Control records, applicable or excluded
 * @param implemented applicable and implemented
 * @param partial applicable and partly implemented
 * @param planned applicable and planned
 * @param notImplemented applicable and not implemented
 * @param excluded decided not applicable
 */
public record StatementOfApplicability(int controls, int decided, int implemented, int partial, int planned,
        int notImplemented, int excluded) {

    public static StatementOfApplicability of(AimsModel model, AnnexA annexA) {
        List<Control> decisions = model.all(RecordKinds.CONTROL);
        return new StatementOfApplicability(annexA.controls().size(), decisions.size(),
                applicable(decisions, "implemented"), applicable(decisions, "partial"), applicable(decisions, "planned"),
                applicable(decisions, "not-implemented"),
                (int) decisions.stream().filter(control -> !control.applicable()).count());
    }

    /** Controls of Annex A without a decision (never negative, even with duplicates or unknown ids). */
    public int undecided() {
        return Math.max(0, controls - decided);
    }

    private static int applicable(List<Control> decisions, String status) {
        return (int) decisions.stream().filter(c -> c.applicable() && status.equals(c.status())).count();
    }
}
