package io.github.aimsplugin.schema.catalog;

import java.util.List;

/** The NIST-listed crosswalk from AI RMF subcategories to ISO/IEC 42001 clauses and Annex A controls. */
public record NistCrosswalk(String source, List<Row> rows) {

    /** {@code doubtful} holds items the source prints with an id that does not match its title. */
    public record Row(String subcategory, List<String> iso, List<String> doubtful, String note) {
        public Row {
            iso = iso == null ? List.of() : List.copyOf(iso);
            doubtful = doubtful == null ? List.of() : List.copyOf(doubtful);
        }
    }
}
