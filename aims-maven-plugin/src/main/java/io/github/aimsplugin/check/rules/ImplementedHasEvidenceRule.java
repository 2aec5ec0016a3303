package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import java.util.Set;
import java.util.function.Consumer;

/** A control said to be implemented, fully or partly, shows evidence of it. */
public final class ImplementedHasEvidenceRule implements Rule {

    private static final Set<String> IMPLEMENTED = Set.of("implemented", "partial");

    @Override
    public String id() {
        return "implemented-has-evidence";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "An implemented or partial control names evidence; file evidence exists (checked by validation).";
    }

    @Override
    public String documentation() {
        return "An auditor samples implemented controls and asks for evidence. Evidence files are checked to exist"
                + " inside the project when the records are validated.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Control control : context.model().all(RecordKinds.CONTROL)) {
            if (control.applicable() && IMPLEMENTED.contains(control.status()) && control.evidence().isEmpty()) {
                report.accept(violation(context.locate(control, "/status"), RecordKinds.CONTROL.name(), control.id(),
                        "control " + control.id() + " is " + control.status() + " but names no evidence",
                        "add an Evidence record (a file in the project or a URL) and list its id under evidence,"
                                + " or set status to planned",
                        "no-evidence"));
            }
        }
    }
}
