package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.TreatmentAction;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Clause 5.3 and control A.3.2: systems, risks, control decisions and actions each have an owning role. */
public final class OwnerAssignedRule implements Rule {

    @Override
    public String id() {
        return "owner-assigned";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "AI systems, risks, control decisions (excluded ones too) and treatment actions have an owner that"
                + " is a declared role.";
    }

    @Override
    public String documentation() {
        return "Clause 5.3 assigns responsibilities and authorities; an unowned record has nobody to keep it current"
                + " or to answer an auditor.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        Set<String> roles = context.model().roles().stream().map(Policy.Role::id).collect(Collectors.toSet());
        checkKind(context, report, roles, RecordKinds.AI_SYSTEM, AISystem::owner);
        checkKind(context, report, roles, RecordKinds.RISK, Risk::owner);
        checkKind(context, report, roles, RecordKinds.CONTROL, Control::owner);
        checkKind(context, report, roles, RecordKinds.TREATMENT_ACTION, TreatmentAction::owner);
    }

    private <T extends AimsRecord> void checkKind(RuleContext context, Consumer<Violation> report, Set<String> roles,
            RecordKind<T> kind, Function<T, String> owner) {
        for (T record : context.model().all(kind)) {
            String value = owner.apply(record);
            if (value == null || !roles.contains(value)) {
                report.accept(violation(context.locate(record, value == null ? "/id" : "/owner"), kind.name(),
                        record.id(), kind.name() + " " + record.id()
                                + (value == null ? " has no owner" : " is owned by '" + value + "', which is not a declared role"),
                        "set owner to the id of a role declared under 'roles' of a Policy record", "owner"));
            }
        }
    }
}
