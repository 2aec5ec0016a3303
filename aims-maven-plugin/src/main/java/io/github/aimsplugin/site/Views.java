package io.github.aimsplugin.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers to build template views: joined lists, modules, text for absent values. */
final class Views {

    private Views() {}

    static String joined(Collection<String> values) {
        return values == null || values.isEmpty() ? "—" : String.join(", ", values);
    }

    /** Joins pieces of trusted markup (already escaped) with commas. */
    static String joinedMarkup(List<String> markup) {
        return markup.isEmpty() ? "—" : String.join(", ", markup);
    }

    static <T> List<T> list(Collection<T> values) {
        return new ArrayList<>(values);
    }

    /**
     * The module a record comes from, for a site built over several modules or released bundles; empty for a
     * single-module site, so that templates leave the line out.
     */
    static String moduleOf(io.github.aimsplugin.schema.AimsModel model, io.github.aimsplugin.schema.model.AimsRecord record) {
        return model.find(record).map(Views::moduleOf).orElse("");
    }

    /** The module a loaded record comes from, as {@link #moduleOf(io.github.aimsplugin.schema.AimsModel,
     * io.github.aimsplugin.schema.model.AimsRecord)} names it. */
    static String moduleOf(io.github.aimsplugin.schema.LoadedRecord loaded) {
        return loaded.origin().organisation() ? loaded.origin().module() + " (organisation)"
                : loaded.origin().isReleased() ? loaded.origin().module() + " (released bundle)"
                : loaded.origin().module();
    }

    /** Whether records come from more than one module or bundle: the site then shows each record's module. */
    static boolean aggregated(io.github.aimsplugin.schema.AimsModel model) {
        return model.records().stream().map(loaded -> loaded.origin().module()).distinct().count() > 1;
    }

    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
