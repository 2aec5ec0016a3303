package io.github.aimsplugin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.LocationIndex;
import io.github.aimsplugin.schema.load.SourceDocument;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AimsRecord;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns records of a released bundle into loaded records: every location points at the bundle file. */
final class BundledRecords {

    private BundledRecords() {}

    static Optional<LoadedRecord> load(BundledRecord bundled, ObjectMapper binder, Consumer<Problem> problems) {
        SourceLocation where = SourceLocation.startOf(bundled.file());
        Optional<RecordKind<?>> kind = RecordKinds.byName(bundled.kind());
        if (kind.isEmpty()) {
            problems.accept(Problem.inFile(where, "released bundle " + bundled.module() + " holds a record of kind '"
                    + bundled.kind() + "' that this plugin version does not know; use the plugin version that"
                    + " released it or a newer one", "bundle-record"));
            return Optional.empty();
        }
        // Bundles write absent fields as null; the records as written in YAML leave them out.
        ObjectNode content = withoutNulls(bundled.content().deepCopy());
        content.put("kind", bundled.kind()).put("id", bundled.id());
        SourceDocument document = new SourceDocument(bundled.file(), 0, content, new LocationIndex(where));
        try {
            AimsRecord value = binder.treeToValue(content, kind.get().type());
            return Optional.of(new LoadedRecord(kind.get(), bundled.id(), document, value,
                    RecordOrigin.released(bundled.module())));
        } catch (Exception e) {
            problems.accept(Problem.inRecord(where, bundled.kind(), bundled.id(), "record of released bundle "
                    + bundled.module() + " cannot be read: " + e.getMessage().lines().findFirst().orElse("")
                    + "; re-release it with this plugin version", "bundle-record"));
            return Optional.empty();
        }
    }

    private static ObjectNode withoutNulls(ObjectNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            JsonNode value = fields.next().getValue();
            if (value.isNull()) {
                fields.remove();
            } else {
                clean(value);
            }
        }
        return node;
    }

    private static void clean(JsonNode value) {
        if (value instanceof ObjectNode object) {
            withoutNulls(object);
        } else if (value instanceof ArrayNode array) {
            array.forEach(BundledRecords::clean);
        }
    }
}
