package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.load.SourceDocument;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AimsRecord;

/**
 * A record as read from its file: its kind, id, source document (for locations) and, when it passed schema
 * validation, its typed value; and the module or released bundle it comes from.
 */
public record LoadedRecord(RecordKind<?> kind, String id, SourceDocument source, AimsRecord value,
        RecordOrigin origin) {

    public LoadedRecord {
        java.util.Objects.requireNonNull(origin, "origin");
    }

    public SourceLocation location() {
        return source.locations().documentStart();
    }

    /** Where a field of this record is, e.g. {@code locate("/inherent/severity")}. */
    public SourceLocation locate(String pointer) {
        return source.locate(pointer);
    }

    public boolean isValid() {
        return value != null;
    }

    /** "Kind/id", the form Evidence uses to name the records it supports. */
    public String reference() {
        return kind.name() + "/" + id;
    }
}
