package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Rule;
import java.util.List;

/**
 * The plugin's rules, in the order they run and are documented: the one list the mojos hand to the check. Adding a
 * rule is one class, one test, one fixture and one entry here.
 */
public final class BuiltInRules {

    private BuiltInRules() {}

    public static List<Rule> all() {
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
}
