package io.github.aimsplugin.schema.load;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One YAML document of a record file, with the location of each of its nodes. */
public record SourceDocument(String file, int index, ObjectNode root, LocationIndex locations) {

    public SourceLocation locate(String pointer) {
        return locations.locate(pointer);
    }

    /** The text value at a JSON Pointer, or null when absent or not text. */
    public String text(String pointer) {
        var node = root.at(pointer);
        return node.isTextual() ? node.asText() : null;
    }
}
