package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Audit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Clause 9.2: an internal audit by an independent auditor within the configured interval. */
public final class AuditProgrammeCurrentRule implements Rule {

    @Override
    public String id() {
        return "audit-programme-current";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String description() {
        return "An internal audit by an independent auditor was done within aims.auditIntervalMonths (12).";
    }

    @Override
    public String documentation() {
        return "Clause 9.2 asks for internal audits at planned intervals by auditors who are objective and impartial."
                + " A warning by default, because a new AIMS has had no audit yet; make it an error before the"
                + " certification audit.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<Audit> audits = context.model().all(RecordKinds.AUDIT);
        for (Audit audit : audits) {
            if (audit.internal() && "done".equals(audit.status()) && !audit.auditor().independent()) {
                report.accept(violation(context.locate(audit, "/auditor/independent"), RecordKinds.AUDIT.name(),
                        audit.id(), "internal audit " + audit.id() + " was done by an auditor who is not independent"
                                + " of the audited area", "have the area audited by someone outside it (another"
                                + " team, group internal audit or an external auditor)", "auditor-not-independent"));
            }
        }
        LocalDate oldest = context.today().minusMonths(context.settings().auditIntervalMonths());
        Optional<Audit> last = audits.stream()
                .filter(audit -> audit.internal() && "done".equals(audit.status()) && audit.conductedOn() != null)
                .filter(audit -> audit.auditor().independent())
                .max(Comparator.comparing(Audit::conductedOn));
        if (last.isEmpty()) {
            report.accept(violation(audits.isEmpty() ? context.recordsLocation()
                    : context.locate(audits.get(0), ""), RecordKinds.AUDIT.name(), "programme",
                    "no internal audit of the AIMS has been done yet", "plan the audit programme and record each"
                            + " audit as an Audit record (type internal, status done, conductedOn, findings)",
                    "none"));
        } else if (last.get().conductedOn().isBefore(oldest)) {
            Audit audit = last.get();
            report.accept(violation(context.locate(audit, "/conductedOn"), RecordKinds.AUDIT.name(), audit.id(),
                    "the last internal audit (" + audit.id() + ", " + audit.conductedOn() + ") is more than "
                            + context.settings().auditIntervalMonths() + " months old",
                    "carry out the next audit of the programme and record it", "overdue"));
        }
    }
}
