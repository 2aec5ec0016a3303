package io.github.aimsplugin.check;

import io.github.aimsplugin.schema.validate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every enabled rule over a validated model and applies the configured levels. Stateless; it is given its rules
 * (the mojos give {@code check.rules.BuiltInRules.all()}) and names none.
 */
public final class RuleEngine {

    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** A rule's level: as configured in {@code levels}, else its default under the settings. */
    public static Level levelOf(Rule rule, Map<String, Level> levels, CheckSettings settings) {
        Level configured = levels.get(rule.id());
        return configured != null ? configured : rule.defaultLevel(settings);
    }

    /** The rules that declare a need, in run order, whether enabled or not. */
    public List<Rule> needing(Rule.Need need) {
        return rules.stream().filter(rule -> rule.needs().contains(need)).toList();
    }

    /** The rules that declare a need and run (level not off) under these levels and settings, in run order. */
    public List<Rule> enabledNeeding(Rule.Need need, Map<String, Level> levels, CheckSettings settings) {
        return needing(need).stream().filter(rule -> levelOf(rule, levels, settings) != Level.OFF).toList();
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
            Level level = levelOf(rule, levels, context.settings());
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
