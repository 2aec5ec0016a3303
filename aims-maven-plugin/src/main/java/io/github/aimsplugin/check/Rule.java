package io.github.aimsplugin.check;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One check rule: a small class with a kebab-case id, a default level, a one-line description and a short doc. A rule
 * declares what it needs beyond the records ({@link #needs()}); the core reads git history or scans the compiled code
 * only when a rule that runs needs it, and names no rule itself.
 */
public interface Rule {

    /** What a rule reads besides the validated records, the catalogs and the settings. */
    enum Need {
        /** The committed changes of the AI system records, from git ({@link RuleContext#systemChanges()}). */
        RECORD_HISTORY,
        /** The AI use scan of the module's compiled classes ({@link RuleContext#code()}'s scan). */
        CODE_SCAN,
        /** The commits to each AI system's governed code, from git ({@link RuleContext#code()}'s history). */
        CODE_HISTORY,
        /** The values of bound metrics, read from the files a build writes and from monitoring exports. */
        METRICS,
        /** The rule also runs in a module without records (a parent, a library): it looks at the build itself. */
        RUNS_WITHOUT_RECORDS
    }

    String id();

    Level defaultLevel();

    /**
     * The level when {@code <rules>} does not name the rule, which a setting may lower; by default
     * {@link #defaultLevel()}.
     */
    default Level defaultLevel(CheckSettings settings) {
        return defaultLevel();
    }

    /** What this rule reads besides the records; none by default. */
    default Set<Need> needs() {
        return Set.of();
    }

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
