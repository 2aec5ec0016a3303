package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Nonconformity;
import java.util.function.Consumer;

/** Clause 10.2: a nonconformity is closed only after the effectiveness of its corrective actions was reviewed. */
public final class CorrectiveActionEffectivenessReviewedRule implements Rule {

    @Override
    public String id() {
        return "corrective-action-effectiveness-reviewed";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Closed nonconformities record a review that found their corrective actions effective.";
    }

    @Override
    public String documentation() {
        return "Clause 10.2 asks to review the effectiveness of any corrective action taken. Closing a"
                + " nonconformity without that review, or after a review that found the actions ineffective,"
                + " leaves the cause in place.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Nonconformity nc : context.model().all(RecordKinds.NONCONFORMITY)) {
            if (nc.open()) {
                continue;
            }
            if (nc.effectiveness() == null) {
                report.accept(violation(context.locate(nc, "/status"), RecordKinds.NONCONFORMITY.name(), nc.id(),
                        "nonconformity " + nc.id() + " is closed without a review of the effectiveness of its"
                                + " corrective actions", "add effectiveness (reviewedOn, reviewedBy, effective) once"
                                + " the actions have had time to work, or reopen it", "not-reviewed"));
            } else if (!nc.effectiveness().effective()) {
                report.accept(violation(context.locate(nc, "/effectiveness/effective"),
                        RecordKinds.NONCONFORMITY.name(), nc.id(), "nonconformity " + nc.id() + " is closed although"
                                + " its corrective actions were found not effective",
                        "reopen it and add corrective actions that address the root cause", "not-effective"));
            } else if (nc.correctiveActions().stream().anyMatch(Nonconformity.CorrectiveAction::open)) {
                report.accept(violation(context.locate(nc, "/status"), RecordKinds.NONCONFORMITY.name(), nc.id(),
                        "nonconformity " + nc.id() + " is closed while corrective actions are still open",
                        "finish or cancel the open actions before closing it", "actions-open"));
            }
        }
    }
}
