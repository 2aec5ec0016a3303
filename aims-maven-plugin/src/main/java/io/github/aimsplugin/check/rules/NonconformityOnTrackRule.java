package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Nonconformity;
import java.util.List;
import java.util.function.Consumer;

/** Clause 10.2: an open nonconformity has corrective actions, and none of them is past its due date. */
public final class NonconformityOnTrackRule implements Rule {

    @Override
    public String id() {
        return "nonconformity-on-track";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Open nonconformities have corrective actions and none is past its due date.";
    }

    @Override
    public String documentation() {
        return "Clause 10.2 asks that nonconformities are reacted to and that the action needed is taken. An open"
                + " nonconformity without corrective actions, or with an open action past its due date, is not"
                + " being dealt with.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Nonconformity nc : context.model().all(RecordKinds.NONCONFORMITY)) {
            if (!nc.open()) {
                continue;
            }
            List<Nonconformity.CorrectiveAction> actions = nc.correctiveActions();
            if (actions.isEmpty()) {
                report.accept(violation(context.locate(nc, "/status"), RecordKinds.NONCONFORMITY.name(), nc.id(),
                        "open nonconformity " + nc.id() + " has no corrective action",
                        "add correctiveActions with owner, due date and status (or explain under rootCause why none"
                                + " is needed and close it)", "no-action"));
            }
            for (int i = 0; i < actions.size(); i++) {
                Nonconformity.CorrectiveAction action = actions.get(i);
                if (action.open() && action.due().isBefore(context.today())) {
                    report.accept(violation(context.locate(nc, "/correctiveActions/" + i + "/due"),
                            RecordKinds.NONCONFORMITY.name(), nc.id(), "corrective action " + (i + 1) + " of " + nc.id()
                                    + " was due on " + action.due() + " and is still " + action.status(),
                            "finish it (status done with completedOn) or agree a new due date with its owner",
                            "overdue:" + (i + 1)));
                }
            }
        }
    }
}
