package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.kind.RecordKinds;
import java.util.Set;

/**
 * CSS class names that pages derive from record values. They go into AsciiDoc role markup ({@code [.soa-row.x]#…#}),
 * where no escaping helps, so they come from fixed tables: a value outside the table becomes a neutral class.
 */
final class CssClasses {

    static final String UNKNOWN = "other";

    private static final Set<String> DECISIONS = Set.of("undecided", "applicable", "excluded");

    private static final Set<String> STATUSES = Set.of("implemented", "partial", "planned", "not-implemented",
            "undecided", "applicable", "excluded");

    private CssClasses() {}

    /** The class of an SoA decision: undecided, applicable or excluded. */
    static String decision(String decision) {
        return DECISIONS.contains(decision) ? decision : UNKNOWN;
    }

    /** The class of an implementation status (or, without one, of the decision). */
    static String status(String status) {
        return STATUSES.contains(status) ? status : UNKNOWN;
    }

    /** The class of a record kind on the audit trail: {@code kind-Risk}. */
    static String kind(String kind) {
        return "kind-" + (RecordKinds.byName(kind).isPresent() ? kind : UNKNOWN);
    }
}
