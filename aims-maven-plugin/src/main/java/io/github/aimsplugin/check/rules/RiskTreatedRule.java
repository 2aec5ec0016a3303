package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Clause 6.1.3: a risk above the appetite is treated by a control or an action, unless accepted. */
public final class RiskTreatedRule implements Rule {

    @Override
    public String id() {
        return "risk-treated";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "A risk above the acceptance threshold that is mitigated, transferred or avoided names a control or"
                + " an action.";
    }

    @Override
    public String documentation() {
        return "Risk treatment (6.1.3) selects options and the controls that implement them. A mitigate, transfer"
                + " or avoid decision without a control or a treatment action is a decision without a plan.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        RiskCriteria criteria = context.model().criteria();
        Set<String> withActions = context.model().all(RecordKinds.TREATMENT_ACTION).stream()
                .flatMap(action -> action.risks().stream())
                .collect(Collectors.toSet());
        for (Risk risk : context.model().all(RecordKinds.RISK)) {
            if (criteria.withinAppetite(risk.inherent()) || "accept".equals(risk.treatment().option())) {
                continue;
            }
            if (risk.treatment().controls().isEmpty() && !withActions.contains(risk.id())) {
                String level = criteria.levelOf(risk.inherent()).map(RiskCriteria.RiskLevel::id).orElse("?");
                report.accept(violation(context.locate(risk, "/treatment"), RecordKinds.RISK.name(), risk.id(),
                        "risk " + risk.id() + " is " + level + " before treatment, above the appetite '"
                                + criteria.acceptanceThreshold() + "', and its option '" + risk.treatment().option()
                                + "' names no control and no treatment action",
                        "list the Annex A controls that treat it under treatment.controls, or add a TreatmentAction"
                                + " with risks: [" + risk.id() + "]",
                        "untreated"));
            }
        }
    }
}
