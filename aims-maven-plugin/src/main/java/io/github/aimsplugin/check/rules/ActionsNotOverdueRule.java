package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.TreatmentAction;
import java.util.function.Consumer;

/** Clause 8.3: the treatment plan is carried out on time. */
public final class ActionsNotOverdueRule implements Rule {

    @Override
    public String id() {
        return "actions-not-overdue";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String description() {
        return "Treatment actions past their due date are done or cancelled.";
    }

    @Override
    public String documentation() {
        return "Clause 8.3 asks that the risk treatment plan is implemented; an open action past its due date is"
                + " a plan that is not being followed. A warning by default: raise it to error once the plan is"
                + " under control.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (TreatmentAction action : context.model().all(RecordKinds.TREATMENT_ACTION)) {
            if (action.overdue(context.today())) {
                report.accept(violation(context.locate(action, "/due"), RecordKinds.TREATMENT_ACTION.name(),
                        action.id(), "treatment action " + action.id() + " was due on " + action.due() + " and is still "
                                + action.status(),
                        "finish it (status done with completedOn), or agree a new due date with its owner",
                        "overdue"));
            }
        }
    }
}
