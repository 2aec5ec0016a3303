package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Risk;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A risk cannot be treated by a control that the Statement of Applicability excludes. */
public final class TreatmentUsesApplicableControlRule implements Rule {

    @Override
    public String id() {
        return "treatment-uses-applicable-control";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "A risk is not treated by a control that the Statement of Applicability excludes.";
    }

    @Override
    public String documentation() {
        return "Clause 6.1.3 asks that the controls chosen for treatment are compared with Annex A and appear in"
                + " the Statement of Applicability; relying on an excluded control contradicts it.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        Set<String> excluded = context.model().all(RecordKinds.CONTROL).stream()
                .filter(control -> !control.applicable())
                .map(Control::id)
                .collect(Collectors.toSet());
        for (Risk risk : context.model().all(RecordKinds.RISK)) {
            for (int i = 0; i < risk.treatment().controls().size(); i++) {
                String control = risk.treatment().controls().get(i);
                if (excluded.contains(control)) {
                    report.accept(violation(context.locate(risk, "/treatment/controls/" + i), RecordKinds.RISK.name(),
                            risk.id(), "risk " + risk.id() + " is treated by " + control
                                    + ", which the Statement of Applicability excludes",
                            "make " + control + " applicable (with its justification) or treat the risk with another"
                                    + " control",
                            control));
                }
            }
        }
    }
}
