package io.github.aimsplugin.check;

import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.Comparator;

/**
 * One finding of a rule.
 *
 * @param location where to fix it
 * @param rule the rule id
 * @param level the effective level
 * @param kind the record kind (or "Dependency", "Control" for a missing decision)
 * @param id the record id (or the dependency coordinate, the control id)
 * @param message what was found and what was expected
 * @param hint how to fix it
 * @param cause a stable key of the finding within the record, used by the baseline instead of line numbers
 */
public record Violation(SourceLocation location, String rule, Level level, String kind, String id, String message,
        String hint, String cause) implements Comparable<Violation> {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::location)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::cause);

    public Violation withLevel(Level newLevel) {
        return new Violation(location, rule, newLevel, kind, id, message, hint, cause);
    }

    /** The baseline key: rule, record and cause, never the line. */
    public String key() {
        return rule + "|" + kind + "|" + id + "|" + cause;
    }

    /** {@code file:line:col: [Kind id] message; fix: hint (rule)}, on one line whatever the record holds. */
    public String format() {
        return io.github.aimsplugin.schema.LogText.escape(
                location + ": [" + kind + " " + id + "] " + message + "; fix: " + hint + " (" + rule + ")");
    }

    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }
}
