package io.github.aimsplugin.schema.catalog;

import java.util.List;

/** ISO/IEC 42001 clauses 4.1 to 10.2, and the documented information each calls for. */
public record Clauses(List<Clause> clauses) {

    public record Clause(String id, String title, boolean documented, String output) {}

    public List<String> ids() {
        return clauses.stream().map(Clause::id).toList();
    }
}
