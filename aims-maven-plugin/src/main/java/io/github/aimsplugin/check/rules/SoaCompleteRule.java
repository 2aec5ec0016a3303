package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Clause 6.1.3: the Statement of Applicability decides on every one of the 38 Annex A controls. A control that a risk,
 * an action or evidence names but the SoA does not decide on is reported here, not as an unknown reference.
 */
public final class SoaCompleteRule implements Rule {

    @Override
    public String id() {
        return "soa-complete";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Each of the 38 Annex A controls has exactly one Statement of Applicability decision.";
    }

    @Override
    public String documentation() {
        return "Clause 6.1.3 asks for a Statement of Applicability that covers all Annex A controls, with the"
                + " decision and its justification for each. Duplicate decisions are refused by validation.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<LoadedRecord> decisions = context.model().loaded(RecordKinds.CONTROL);
        Set<String> decided = decisions.stream().map(LoadedRecord::id).collect(Collectors.toSet());
        SourceLocation where = decisions.isEmpty() ? context.recordsLocation() : decisions.get(0).location();
        for (AnnexA.Control control : context.catalogs().annexA().controls()) {
            if (!decided.contains(control.id())) {
                SourceLocation commented = context.commentedDecisions().get(control.id());
                report.accept(violation(commented == null ? where : commented, RecordKinds.CONTROL.name(),
                        control.id(), "Annex A control " + control.id() + " (" + control.title()
                                + ") has no decision in the Statement of Applicability",
                        commented == null ? "add a Control record with id " + control.id()
                                + ", applicable true or false, and a justification"
                                : "uncomment this block (remove the leading '#' of its lines), set applicable, and"
                                + " write the justification",
                        "missing"));
            }
        }
    }
}
