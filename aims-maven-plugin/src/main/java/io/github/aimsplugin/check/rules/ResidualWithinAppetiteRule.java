package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.function.Consumer;

/**
 * Clause 6.1.3: residual risk is within the appetite, or formally accepted by the management designated to approve
 * it, and that acceptance is still in force.
 */
public final class ResidualWithinAppetiteRule implements Rule {

    @Override
    public String id() {
        return "residual-within-appetite";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "The residual level is within the appetite, unless formally accepted (approver, date, rationale,"
                + " expiry not passed).";
    }

    @Override
    public String documentation() {
        return "Clause 6.1.3 has the residual AI risks approved by designated management (\"risk owners\" is the"
                + " ISO/IEC 27001 wording). A residual level above the acceptance threshold stands only with a formal"
                + " acceptance by that management that has not expired. Without a residual rating the inherent rating"
                + " counts.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        RiskCriteria criteria = context.model().criteria();
        for (Risk risk : context.model().all(RecordKinds.RISK)) {
            boolean hasResidual = risk.residual() != null;
            Rating rating = hasResidual ? risk.residual() : risk.inherent();
            if (criteria.withinAppetite(rating) || acceptedAndInForce(risk, context)) {
                continue;
            }
            String level = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
            report.accept(violation(context.locate(risk, hasResidual ? "/residual" : "/inherent"),
                    RecordKinds.RISK.name(), risk.id(),
                    "risk " + risk.id() + (hasResidual ? " remains " : " is, with no residual rating, ") + level
                            + " (likelihood " + rating.likelihood() + ", severity " + rating.severity()
                            + "), above the appetite '" + criteria.acceptanceThreshold()
                            + "', and is not formally accepted",
                    "treat it further, or record its acceptance by designated management with approvedBy,"
                            + " approvedOn, rationale and an expiry still in the future",
                    "above-appetite"));
        }
    }

    private static boolean acceptedAndInForce(Risk risk, RuleContext context) {
        Risk.Acceptance acceptance = risk.acceptance();
        return acceptance != null && !acceptance.expires().isBefore(context.today());
    }
}
