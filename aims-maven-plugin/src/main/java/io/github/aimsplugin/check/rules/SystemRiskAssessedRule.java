package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Clause 6.1.2: every AI system in scope has had its risks assessed. */
public final class SystemRiskAssessedRule implements Rule {

    @Override
    public String id() {
        return "system-risk-assessed";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Every AI system in scope has a risk, or an approved statement that it has no significant risk.";
    }

    @Override
    public String documentation() {
        return "The AI risk assessment (6.1.2) covers every AI system in the AIMS scope. A system with no risk at"
                + " all must say so explicitly: noSignificantRisk with a justification and an approval.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        Set<String> assessed = context.model().all(RecordKinds.RISK).stream()
                .flatMap(risk -> risk.systems().stream())
                .collect(Collectors.toSet());
        for (AISystem system : context.model().all(RecordKinds.AI_SYSTEM)) {
            if (system.inScope() && !assessed.contains(system.id()) && system.noSignificantRisk() == null) {
                report.accept(violation(context.locate(system, "/id"), RecordKinds.AI_SYSTEM.name(), system.id(),
                        "AI system " + system.id() + " is in scope but no risk names it",
                        "add its risks to the register (Risk records with systems: [" + system.id()
                                + "]), or record noSignificantRisk with a justification and an approval",
                        "no-risk"));
            }
        }
    }

}
