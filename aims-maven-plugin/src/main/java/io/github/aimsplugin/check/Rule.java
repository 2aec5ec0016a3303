package io.github.aimsplugin.check;

import java.util.function.Consumer;

/** One check rule: a small class with a kebab-case id, a default level, a one-line description and a short doc. */
public interface Rule {

    String id();

    Level defaultLevel();

    /** One line, shown in reports. */
    String description();

    /** A short paragraph: why the rule exists, in the standard's terms. */
    String documentation();

    /** Reports violations at the rule's default level; the engine applies configured levels. */
    void check(RuleContext context, Consumer<Violation> report);

    /** Helper for rules: a violation at this rule's default level. */
    default Violation violation(io.github.aimsplugin.schema.load.SourceLocation location, String kind, String recordId,
            String message, String hint, String cause) {
        return new Violation(location, id(), defaultLevel(), kind, recordId, message, hint, cause);
    }
}
