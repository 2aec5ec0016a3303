package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import java.util.function.Consumer;

/** Clause 6.1.3: an included control is there for a reason that can be traced. */
public final class InclusionTracedRule implements Rule {

    @Override
    public String id() {
        return "inclusion-traced";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "An applicable control is linked to at least one risk, impact assessment, requirement or policy.";
    }

    @Override
    public String documentation() {
        return "Controls are included to treat risks (6.1.3) or to meet requirements; an inclusion that names none"
                + " of them is a checkbox, and cannot be reviewed when the risks change.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Control control : context.model().all(RecordKinds.CONTROL)) {
            if (control.applicable() && control.risks().isEmpty() && control.impactAssessments().isEmpty()
                    && control.interestedParties().isEmpty() && control.policies().isEmpty()) {
                report.accept(violation(context.locate(control, "/applicable"), RecordKinds.CONTROL.name(),
                        control.id(), "control " + control.id()
                                + " is applicable but names no risk, impact assessment, interested party or policy",
                        "list what calls for it under risks, impactAssessments, interestedParties or policies",
                        "untraced"));
            }
        }
    }
}
