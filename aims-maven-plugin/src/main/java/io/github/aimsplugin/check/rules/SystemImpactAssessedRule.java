package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Clause 6.1.4: each AI system has its own impact assessment, about people and society, separate from the risk
 * register. Catches the risk assessment and the impact assessment conflated into one.
 */
public final class SystemImpactAssessedRule implements Rule {

    @Override
    public String id() {
        return "system-impact-assessed";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Every AI system in scope has its own impact assessment that names impacts on people or society.";
    }

    @Override
    public String documentation() {
        return "The risk assessment (6.1.2) weighs the consequences of each AI risk for the organisation and also"
                + " for individuals and societies, and keeps the results in the risk register. The impact assessment"
                + " (6.1.4, ISO/IEC 42005) is a separate assessment, per AI system, of its impacts on individuals,"
                + " groups and societies. Auditors often find the two conflated: a system with risks but no impact"
                + " assessment of its own, or an assessment naming no impact.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        Set<String> assessed = context.model().all(RecordKinds.IMPACT_ASSESSMENT).stream()
                .map(ImpactAssessment::system)
                .collect(Collectors.toSet());
        for (AISystem system : context.model().all(RecordKinds.AI_SYSTEM)) {
            if (system.inScope() && !assessed.contains(system.id())) {
                report.accept(violation(context.locate(system, "/id"), RecordKinds.AI_SYSTEM.name(), system.id(),
                        "AI system " + system.id() + " has no impact assessment of its own; risks in the register do"
                                + " not replace it",
                        "add an ImpactAssessment with system: " + system.id()
                                + " describing its impacts on individuals, groups and society",
                        "missing"));
            }
        }
        for (ImpactAssessment assessment : context.model().all(RecordKinds.IMPACT_ASSESSMENT)) {
            if (assessment.impacts().isEmpty()) {
                report.accept(violation(context.locate(assessment, "/impacts"),
                        RecordKinds.IMPACT_ASSESSMENT.name(), assessment.id(),
                        "impact assessment " + assessment.id() + " names no impact on individuals, groups or society",
                        "list each benefit and harm under impacts with its area, who it affects, severity and"
                                + " likelihood; the AI risks themselves belong in Risk records",
                        "no-impacts"));
            }
            ImpactAssessment.Affected affected = assessment.affected();
            if (affected.individuals().isEmpty() && affected.groups().isEmpty() && affected.society().isEmpty()
                    && affected.vulnerableGroups().isEmpty()) {
                report.accept(violation(context.locate(assessment, "/affected"),
                        RecordKinds.IMPACT_ASSESSMENT.name(), assessment.id(),
                        "impact assessment " + assessment.id() + " names no affected individuals, groups or society",
                        "list who is affected under affected.individuals, groups, society and vulnerableGroups",
                        "no-affected"));
            }
        }
    }
}
