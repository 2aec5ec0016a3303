package io.github.aimsplugin.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to build template views: ordered maps, joined lists. */
final class Views {

    private Views() {}

    /** An ordered map from key, value pairs; null values become empty strings so templates never print "null". */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }

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
        return model.find(record).map(loaded -> loaded.origin().organisation()
                ? loaded.origin().module() + " (organisation)" : loaded.origin().isReleased()
                ? loaded.origin().module() + " (released bundle)" : loaded.origin().module()).orElse("");
    }

    /** Whether records come from more than one module or bundle: the site then shows each record's module. */
    static boolean aggregated(io.github.aimsplugin.schema.AimsModel model) {
        return model.records().stream().map(loaded -> loaded.origin().module()).distinct().count() > 1;
    }

    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
