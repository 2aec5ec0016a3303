package io.github.aimsplugin.check;

import java.util.List;

/**
 * What the rules found.
 *
 * @param violations every violation at its effective level, sorted by location
 * @param rules the rules with their effective levels, in run order (OFF ones included)
 */
public record CheckResult(List<Violation> violations, List<RuleOutcome> rules) {

    /** A rule, its effective level and its violation count. */
    public record RuleOutcome(Rule rule, Level level, int violations) {}

    public CheckResult {
        violations = violations.stream().sorted().toList();
        rules = List.copyOf(rules);
    }

    public long errors() {
        return violations.stream().filter(violation -> violation.level() == Level.ERROR).count();
    }

    public long warnings() {
        return violations.stream().filter(violation -> violation.level() == Level.WARNING).count();
    }

    public List<Violation> of(String ruleId) {
        return violations.stream().filter(violation -> violation.rule().equals(ruleId)).toList();
    }
}
