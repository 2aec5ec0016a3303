package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates records against the JSON Schemas of their kind (draft 2020-12, networknt) and turns each error into
 * a located {@link Problem}. Each kind's schema is compiled once, when the first record of that kind is validated
 * (a cold build pays only for the kinds it has); the instance is thread-safe.
 */
public final class SchemaValidator {

    private static final String COMMON_SCHEMA = "common.schema.json";
    private static final String DEFS_MARKER = COMMON_SCHEMA + "#/$defs/";

    private static final class Holder {
        static final SchemaValidator SHARED = new SchemaValidator();
    }

    private final Map<String, Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> fieldNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> definitionHints = new HashMap<>();
    private final SchemaRegistry registry;
    private final ObjectMapper json = new ObjectMapper();

    public static SchemaValidator shared() {
        return Holder.SHARED;
    }

    private SchemaValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        JsonNode common = readSchema(json, COMMON_SCHEMA);
        common.path("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("description")) {
                definitionHints.put(def.getKey(), def.getValue().get("description").asText());
            }
        });
    }

    /** The kind's compiled schema, compiled on first use (one compilation at a time: the registry is shared). */
    private Schema schema(RecordKind<?> kind) {
        Schema compiled = schemas.get(kind.name());
        if (compiled != null) {
            return compiled;
        }
        synchronized (this) {
            compiled = schemas.get(kind.name());
            if (compiled == null) {
                compiled = registry.getSchema(SchemaLocation.of("classpath:" + kind.schemaResource()));
                compiled.initializeValidators();
                Set<String> names = new TreeSet<>();
                collectPropertyNames(readSchema(json, kind.schemaFile()), names);
                fieldNames.put(kind.name(), names);
                schemas.put(kind.name(), compiled);
            }
            return compiled;
        }
    }

    public List<Problem> validate(RecordKind<?> kind, String id, SourceDocument document) {
        List<Error> errors = schema(kind).validate(document.root());
        List<Problem> problems = new ArrayList<>(errors.size());
        Map<String, List<String>> missing = new java.util.TreeMap<>();
        for (Error error : errors) {
            if ("required".equals(error.getKeyword())) {
                // One line per object lists all its missing fields, rather than one line each.
                missing.computeIfAbsent(error.getInstanceLocation().toString() + "\u0000" + schemaPath(error),
                        key -> new ArrayList<>()).add(error.getProperty());
            } else {
                problems.add(toProblem(kind, id, document, error));
            }
        }
        missing.forEach((key, fields) -> {
            String[] parts = key.split("\u0000", 2);
            String parent = FieldPaths.display(parts[0]);
            List<String> names = fields.stream().sorted().map(name -> "'" + joinPath(parent, name) + "'").toList();
            String message = names.size() == 1 ? "missing required field " + names.get(0)
                    : "missing required fields " + String.join(", ", names);
            problems.add(new Problem(document.locate(parts[0]), kind.name(), id, message, "schema", parts[1]));
        });
        return problems;
    }

    private Problem toProblem(RecordKind<?> kind, String id, SourceDocument document, Error error) {
        String instance = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        String field = FieldPaths.display(instance);
        String message;
        String at = instance;
        if ("additionalProperties".equals(keyword)) {
            String unknown = error.getProperty();
            at = instance + "/" + unknown.replace("~", "~0").replace("/", "~1");
            message = "unknown field '" + joinPath(field, unknown) + "'"
                    + Suggestions.didYouMean(unknown, fieldNames.getOrDefault(kind.name(), Set.of()))
                    + " (use an 'x-' prefix for your own fields)";
        } else if ("format".equals(keyword) && error.getInstanceNode() != null) {
            message = field + " '" + error.getInstanceNode().asText() + "' is not a valid "
                    + error.getSchemaNode().asText() + hintFor(error);
        } else {
            message = (field.isEmpty() ? "record" : field) + " " + error.getMessage() + hintFor(error);
        }
        return new Problem(document.locate(at), kind.name(), id, message, "schema", schemaPath(error));
    }

    private String hintFor(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int defs = location.indexOf(DEFS_MARKER);
        if (defs < 0 || "type".equals(error.getKeyword())) {
            return "";
        }
        String rest = location.substring(defs + DEFS_MARKER.length());
        int slash = rest.indexOf('/');
        String definition = slash < 0 ? rest : rest.substring(0, slash);
        String hint = definitionHints.get(definition);
        return hint == null ? "" : " — expected " + lowerFirst(hint);
    }

    /** The evaluation path without $ref hops or the failing keyword, e.g. /properties/inherent/properties/severity. */
    private static String schemaPath(Error error) {
        String path = error.getEvaluationPath().toString().replace("/$ref", "");
        int last = path.lastIndexOf('/');
        String trimmed = last <= 0 ? path : path.substring(0, last);
        return trimmed.isEmpty() ? "/" : trimmed;
    }

    private static String joinPath(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void collectPropertyNames(JsonNode schema, Set<String> names) {
        if (schema.isObject()) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(names::add);
            }
            for (Iterator<JsonNode> it = schema.elements(); it.hasNext();) {
                collectPropertyNames(it.next(), names);
            }
        } else if (schema.isArray()) {
            schema.forEach(child -> collectPropertyNames(child, names));
        }
    }

    private static JsonNode readSchema(ObjectMapper json, String file) {
        String resource = RecordKinds.SCHEMA_PATH + file;
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the aims-schema jar: " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
