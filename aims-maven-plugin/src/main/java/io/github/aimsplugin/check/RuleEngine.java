package io.github.aimsplugin.check;

import io.github.aimsplugin.check.rules.AcceptanceNotExpiredRule;
import io.github.aimsplugin.check.rules.ActionsNotOverdueRule;
import io.github.aimsplugin.check.rules.AiUseInInventoryRule;
import io.github.aimsplugin.check.rules.GovernedCodeReassessedRule;
import io.github.aimsplugin.check.rules.ModelDeclaredRule;
import io.github.aimsplugin.check.rules.ModelNamedRule;
import io.github.aimsplugin.check.rules.ModelPinnedRule;
import io.github.aimsplugin.check.rules.NoAiCredentialsInCodeRule;
import io.github.aimsplugin.check.rules.AuditProgrammeCurrentRule;
import io.github.aimsplugin.check.rules.CorrectiveActionEffectivenessReviewedRule;
import io.github.aimsplugin.check.rules.ManagementReviewCurrentRule;
import io.github.aimsplugin.check.rules.NonconformityOnTrackRule;
import io.github.aimsplugin.check.rules.ExclusionJustifiedRule;
import io.github.aimsplugin.check.rules.ImplementedHasEvidenceRule;
import io.github.aimsplugin.check.rules.InclusionTracedRule;
import io.github.aimsplugin.check.rules.OwnerAssignedRule;
import io.github.aimsplugin.check.rules.ResidualWithinAppetiteRule;
import io.github.aimsplugin.check.rules.ReviewFreshRule;
import io.github.aimsplugin.check.rules.RiskTreatedRule;
import io.github.aimsplugin.check.rules.SoaCompleteRule;
import io.github.aimsplugin.check.rules.SystemImpactAssessedRule;
import io.github.aimsplugin.check.rules.SystemRiskAssessedRule;
import io.github.aimsplugin.check.rules.ThirdPartyDeclaredRule;
import io.github.aimsplugin.check.rules.TreatmentUsesApplicableControlRule;
import io.github.aimsplugin.check.rules.EvidenceCurrentRule;
import io.github.aimsplugin.check.rules.MetricMeasuredRule;
import io.github.aimsplugin.check.rules.MetricWithinThresholdRule;
import io.github.aimsplugin.check.rules.MonitoringCurrentRule;
import io.github.aimsplugin.schema.validate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs every enabled rule over a validated model and applies the configured levels. Stateless. */
public final class RuleEngine {

    private final List<Rule> rules;

    public RuleEngine() {
        this(builtIn());
    }

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules, in the order they run and are documented. */
    public static List<Rule> builtIn() {
        return List.of(new SoaCompleteRule(), new ExclusionJustifiedRule(), new InclusionTracedRule(),
                new ImplementedHasEvidenceRule(), new SystemRiskAssessedRule(), new SystemImpactAssessedRule(),
                new RiskTreatedRule(), new TreatmentUsesApplicableControlRule(), new ResidualWithinAppetiteRule(),
                new AcceptanceNotExpiredRule(), new ReviewFreshRule(), new OwnerAssignedRule(),
                new ActionsNotOverdueRule(), new ThirdPartyDeclaredRule(), new AuditProgrammeCurrentRule(),
                new ManagementReviewCurrentRule(), new NonconformityOnTrackRule(),
                new CorrectiveActionEffectivenessReviewedRule(),
                new MetricWithinThresholdRule(), new MetricMeasuredRule(), new MonitoringCurrentRule(),
                new EvidenceCurrentRule(),
                new AiUseInInventoryRule(), new ModelDeclaredRule(), new ModelPinnedRule(), new ModelNamedRule(),
                new GovernedCodeReassessedRule(), new NoAiCredentialsInCodeRule());
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * @param levels configured levels by rule id; rules not named keep their default
     * @throws IllegalArgumentException when a configured rule id does not exist
     */
    public CheckResult run(RuleContext context, Map<String, Level> levels) {
        List<String> ids = rules.stream().map(Rule::id).toList();
        for (String configured : levels.keySet()) {
            if (!ids.contains(configured)) {
                throw new IllegalArgumentException("unknown rule '" + configured + "'"
                        + Suggestions.didYouMean(configured, ids) + " Rules: " + String.join(", ", ids));
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<CheckResult.RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : rules) {
            Level level = levels.getOrDefault(rule.id(), rule.defaultLevel());
            if (level == Level.OFF) {
                outcomes.add(new CheckResult.RuleOutcome(rule, level, 0));
                continue;
            }
            List<Violation> found = new ArrayList<>();
            // A rule may report a finding below its default level (an error rule's warning); it stays below.
            rule.check(context, violation -> found.add(violation.withLevel(
                    violation.level().ordinal() > rule.defaultLevel().ordinal()
                            && violation.level().ordinal() > level.ordinal() ? violation.level() : level)));
            violations.addAll(found);
            outcomes.add(new CheckResult.RuleOutcome(rule, level, found.size()));
        }
        return new CheckResult(violations, outcomes);
    }
}
