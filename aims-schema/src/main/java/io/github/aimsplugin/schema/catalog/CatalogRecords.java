package io.github.aimsplugin.schema.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.load.YamlFileReader;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a catalog of this jar onto a Java record by its components' names — strings, numbers, booleans, lists and
 * nested records — through the records' YAML reader, without Jackson's object mapper. The catalogs a check needs
 * before any record is read (the AI SDKs, the code catalog) are read this way, so that a check replayed from its cache
 * loads no data-binding classes; what Jackson's binding would give, field by field (unknown keys ignored, a missing
 * one null, 0 or false).
 */
public final class CatalogRecords {

    private CatalogRecords() {}

    /** A data file under {@link Catalogs#CATALOG_PATH} as a record of {@code type}. */
    public static <T extends Record> T read(String file, Class<T> type) {
        String resource = Catalogs.CATALOG_PATH + file;
        try (InputStream in = CatalogRecords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing from the aims-schema jar: " + resource);
            }
            YamlFileReader.Result read = new YamlFileReader(YamlLimits.defaults()).read(Path.of(resource), resource,
                    in.readAllBytes());
            if (!read.problems().isEmpty() || read.documents().size() != 1) {
                throw new IllegalStateException("built-in catalog " + resource + " is not one YAML mapping: "
                        + read.problems().stream().map(Problem::format).toList());
            }
            return type.cast(value(read.documents().get(0).root(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in catalog " + resource, e);
        }
    }

    private static Object value(JsonNode node, Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (node == null || node.isNull()) {
            return raw == int.class ? 0 : raw == long.class ? 0L : raw == boolean.class ? false : null;
        }
        if (node.isValueNode()) {
            return scalar(node, raw);
        }
        if (raw == List.class && type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (node.isArray()) {
                List<Object> list = new ArrayList<>();
                node.forEach(item -> list.add(value(item, element)));
                return list;
            }
        }
        if (raw.isRecord() && node.isObject()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = value(node.get(components[i].getName()), components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                return canonical.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + raw.getSimpleName() + " of the catalog", e);
            }
        }
        throw mismatch(raw, node);
    }

    private static Object scalar(JsonNode node, Class<?> raw) {
        if (raw == String.class) {
            return node.asText();
        }
        if (raw == int.class || raw == Integer.class) {
            return node.asInt();
        }
        if (raw == long.class || raw == Long.class) {
            return node.asLong();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.asBoolean();
        }
        throw mismatch(raw, node);
    }

    private static IllegalStateException mismatch(Class<?> raw, JsonNode node) {
        return new IllegalStateException("a catalog's " + raw.getSimpleName() + " cannot be read from a "
                + node.getNodeType());
    }
}
