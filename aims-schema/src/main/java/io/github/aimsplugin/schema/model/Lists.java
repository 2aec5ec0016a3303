package io.github.aimsplugin.schema.model;

import java.util.List;

/** Absent lists in YAML become empty, immutable lists in the model. */
final class Lists {
    private Lists() {}

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
