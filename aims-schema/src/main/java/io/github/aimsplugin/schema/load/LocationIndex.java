package io.github.aimsplugin.schema.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed YAML document starts, keyed by JSON Pointer ("" is the document, "/risks/0/id" a field).
 * For object members the location is that of the key, which is where an editor should put the cursor.
 */
public final class LocationIndex {

    private final Map<String, SourceLocation> byPointer = new HashMap<>();
    private final SourceLocation documentStart;

    public LocationIndex(SourceLocation documentStart) {
        this.documentStart = documentStart;
        byPointer.put("", documentStart);
    }

    void put(String pointer, SourceLocation location) {
        byPointer.putIfAbsent(pointer, location);
    }

    /** The location of the pointer, or of its nearest ancestor that has one. */
    public SourceLocation locate(String pointer) {
        String current = pointer == null ? "" : pointer;
        while (true) {
            SourceLocation found = byPointer.get(current);
            if (found != null) {
                return found;
            }
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return documentStart;
            }
            current = current.substring(0, slash);
        }
    }

    public SourceLocation documentStart() {
        return documentStart;
    }
}
