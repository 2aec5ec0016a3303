package io.github.aimsplugin.site;

import java.util.ArrayList;
import java.util.List;

/** The page of the changes since the previous release ({@code changes.adoc.mustache}). */
record ChangesPage(String title, boolean compared, String against, List<Difference> differences,
        boolean hasDifferences) {

    /** A record added, removed or changed, with what changed. */
    record Difference(String kind, String id, String type, String details) {}

    static ChangesPage of(SiteInput input) {
        List<Difference> rows = new ArrayList<>();
        if (input.changes() != null) {
            input.changes().differences().forEach(d -> rows.add(new Difference(d.kind(), d.id(), d.type(),
                    Views.joined(d.details()))));
        }
        return new ChangesPage("Changes since the previous release", input.changes() != null,
                input.changes() == null ? "" : input.changes().against(), rows, !rows.isEmpty());
    }
}
