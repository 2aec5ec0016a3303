package io.github.aimsplugin.schema.kind;

import io.github.aimsplugin.schema.model.AimsRecord;
import java.util.List;

/**
 * Everything the loader and validator need to know about one kind of record. A new kind is a schema, a model
 * class and one entry in {@link RecordKinds}; no existing kind or check changes.
 *
 * @param name the value of 'kind' in YAML
 * @param schemaFile the JSON Schema file name under {@link RecordKinds#SCHEMA_PATH}
 * @param type the model class the record binds to
 * @param references fields that name other records, roles or catalog entries
 * @param pastDates JSON Pointers ('*' for array items) of dates that cannot lie in the future
 */
public record RecordKind<T extends AimsRecord>(
        String name, String schemaFile, Class<T> type, List<Reference> references, List<String> pastDates) {

    public RecordKind {
        references = List.copyOf(references);
        pastDates = List.copyOf(pastDates);
    }

    public String schemaResource() {
        return RecordKinds.SCHEMA_PATH + schemaFile;
    }
}
