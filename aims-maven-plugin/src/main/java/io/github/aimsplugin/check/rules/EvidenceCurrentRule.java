package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.EvidenceFiles;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An implemented control rests on evidence that still counts: when every piece of evidence it names has expired (its
 * {@code validUntil}, or the maximum age the risk criteria give its type), the control fails.
 */
public final class EvidenceCurrentRule implements Rule {

    public static final String ID = "evidence-current";

    private static final Set<String> IMPLEMENTED = Set.of("implemented", "partial");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "An implemented control has at least one piece of evidence that has not expired.";
    }

    @Override
    public String documentation() {
        return "Evaluations, test reports and model cards describe the system as it was; models drift. Evidence may"
                + " say how long it counts (validUntil, or a maximum age per evidence type in the risk criteria), and"
                + " a control whose evidence has all expired is no longer shown to work.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        Map<String, Evidence> evidence = context.model().all(RecordKinds.EVIDENCE).stream()
                .collect(Collectors.toMap(Evidence::id, Function.identity(), (first, second) -> first));
        Map<String, Integer> maxAge = context.model().criteria().evidenceMaxAgeMonths();
        for (Control control : context.model().all(RecordKinds.CONTROL)) {
            if (!control.applicable() || !IMPLEMENTED.contains(control.status()) || control.evidence().isEmpty()) {
                continue;
            }
            List<String> expired = new ArrayList<>();
            boolean current = false;
            for (String id : control.evidence()) {
                Evidence item = evidence.get(id);
                Optional<LocalDate> expiresOn = item == null ? Optional.empty() : item.expiresOn(maxAge);
                if (item != null && item.file() != null && EvidenceFiles.isBuildOutput(item.file())
                        && context.model().evidenceFile(item).isEmpty()) {
                    expired.add(id + " (" + item.file() + ") was not produced by this build");
                } else if (expiresOn.isPresent() && expiresOn.get().isBefore(context.today())) {
                    expired.add(id + " expired on " + expiresOn.get() + (item.validUntil() != null ? " (validUntil)"
                            : " (" + item.type() + " evidence counts " + maxAge.get(item.type()) + " months)"));
                } else {
                    current = true;
                }
            }
            if (!current) {
                report.accept(violation(context.locate(control, "/evidence"), RecordKinds.CONTROL.name(),
                        control.id(), "control " + control.id() + " is " + control.status() + " but none of its"
                                + " evidence counts today: " + String.join("; ", expired) + " (today is " + context.today() + ")",
                        "collect new evidence (a new evaluation, test report or review) and list it under evidence,"
                                + " or set status to planned",
                        "expired-evidence"));
            }
        }
    }
}
