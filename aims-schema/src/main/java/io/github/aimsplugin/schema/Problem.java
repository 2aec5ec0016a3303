package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One validation problem, located in a record file. Formats as
 * {@code src/main/aims/risks.yaml:42:7: [Risk R-007] message (rule: detail)}, on one line whatever the record holds.
 *
 * @param location where the problem is
 * @param kind the record kind, or null when the problem is not inside a record
 * @param id the record id, or null
 * @param message what is wrong and how to fix it
 * @param rule a stable kebab-case id of the check that found it (schema, duplicate-id, unknown-reference, ...)
 * @param detail optional detail shown after the rule, such as the schema location
 */
public record Problem(SourceLocation location, String kind, String id, String message, String rule, String detail)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::rule)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    public static Problem inFile(SourceLocation location, String message, String rule) {
        return new Problem(location, null, null, message, rule, null);
    }

    public static Problem inRecord(SourceLocation location, String kind, String id, String message, String rule) {
        return new Problem(location, kind, id, message, rule, null);
    }

    public String format() {
        StringBuilder line = new StringBuilder(location.toString()).append(": ");
        if (kind != null) {
            line.append('[').append(kind);
            if (id != null) {
                line.append(' ').append(id);
            }
            line.append("] ");
        }
        line.append(message).append(" (").append(rule);
        if (detail != null) {
            line.append(": ").append(detail);
        }
        return LogText.escape(line.append(')').toString());
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
