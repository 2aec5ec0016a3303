package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Risk;
import java.util.function.Consumer;

/** A risk acceptance has an expiry; after it the acceptance must be renewed or the risk treated. */
public final class AcceptanceNotExpiredRule implements Rule {

    @Override
    public String id() {
        return "acceptance-not-expired";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "A formally accepted risk's acceptance has not expired.";
    }

    @Override
    public String documentation() {
        return "Acceptance of a risk is a decision for a period, not for ever; an expired acceptance means nobody"
                + " currently answers for the risk.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        for (Risk risk : context.model().all(RecordKinds.RISK)) {
            Risk.Acceptance acceptance = risk.acceptance();
            if (acceptance != null && acceptance.expires().isBefore(context.today())) {
                report.accept(violation(context.locate(risk, "/acceptance/expires"), RecordKinds.RISK.name(),
                        risk.id(), "the acceptance of risk " + risk.id() + " by " + acceptance.approvedBy()
                                + " expired on " + acceptance.expires() + " (today is " + context.today() + ")",
                        "re-assess the risk and have its owner renew the acceptance with a new expiry, or treat it",
                        "expired"));
            }
        }
    }
}
