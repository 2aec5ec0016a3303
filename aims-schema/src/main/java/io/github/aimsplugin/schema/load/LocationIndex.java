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

    /** An index as another one held it ({@link #entries}), read back from a cache. */
    public static LocationIndex of(SourceLocation documentStart, Map<String, SourceLocation> entries) {
        LocationIndex index = new LocationIndex(documentStart);
        entries.forEach(index::put);
        return index;
    }

    /** Every pointer with a location of its own, the document's ("") included; sorted, so that a copy is stable. */
    public Map<String, SourceLocation> entries() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byPointer));
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
