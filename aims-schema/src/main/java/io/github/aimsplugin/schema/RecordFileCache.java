package io.github.aimsplugin.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.ContainedFiles;
import io.github.aimsplugin.schema.load.LocationIndex;
import io.github.aimsplugin.schema.load.SourceDocument;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What record files gave when last read — their YAML documents with the location of every node, and the problems
 * of their YAML, shape and JSON Schema — kept under {@code target/aims-cache/records/}, one file per record file,
 * keyed by the file's bytes, its path as shown, the YAML limits and the stamp of this library (schemas, catalogs,
 * validator). One changed record file is then the only one parsed and schema-checked again; binding and the
 * cross-record checks always run over every record. An entry that is not exactly what this class wrote (cut short,
 * edited, another format) is no entry, never an error; a cache that cannot be written only costs the next build time.
 */
public final class RecordFileCache {

    /** The cache's folder under the build directory. */
    public static final String FOLDER = "aims-cache/records";

    /** Raised whenever what an entry holds or how it is written changes, so that no older entry is taken. */
    static final String FORMAT = "aims-record-file-cache 1";

    /** What a file gives that depends only on its bytes: its reading problems and its documents, in order. */
    public record Read(List<Problem> problems, List<Document> documents) {
        public Read {
            problems = List.copyOf(problems);
            documents = List.copyOf(documents);
        }
    }

    /**
     * One YAML document of a file, checked alone.
     *
     * @param source the document, or null when it holds no record (kept only for its problems)
     * @param problems its shape and schema problems
     * @param kind the record kind's name, or null when it holds no record
     * @param id the record id, or null when it holds no record
     * @param schemaValid whether it matched its kind's schema (then it is bound to its model class)
     */
    public record Document(SourceDocument source, List<Problem> problems, String kind, String id,
            boolean schemaValid) {
        public Document {
            problems = List.copyOf(problems);
            if (id == null) {
                source = null;
                kind = null;
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path folder;
    private final String stamp;
    private final boolean usable;

    /**
     * @param buildDirectory the module's build directory; a cache folder that is a link out of it is never used
     * @param stamp what else the entries depend on (this library's code, schemas and catalogs)
     */
    public RecordFileCache(Path buildDirectory, String stamp) {
        Path build = buildDirectory.toAbsolutePath().normalize();
        this.folder = build.resolve(FOLDER);
        this.stamp = stamp;
        this.usable = ContainedFiles.realDestination(folder).startsWith(ContainedFiles.realDestination(build));
    }

    /** A cache whose entries are stamped with this library's jar (or classes folder). */
    public static RecordFileCache in(Path buildDirectory) {
        return new RecordFileCache(buildDirectory, libraryStamp());
    }

    /**
     * The file as read before when its bytes are the same, else {@code reading} over its bytes, kept for the next
     * build. A file larger than the limit is not read here: {@code reading} is given null and reports it.
     */
    Read read(Path file, String displayPath, YamlLimits limits, Function<byte[], Read> reading) {
        byte[] content;
        try {
            if (!usable || Files.size(file) > limits.maxFileBytes()) {
                return reading.apply(null);
            }
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return reading.apply(null); // the reader reports what is wrong with the file, located
        }
        String key = key(displayPath, limits, content);
        Path entry = entry(displayPath);
        Read cached = find(entry, key, displayPath);
        if (cached != null) {
            return cached;
        }
        Read read = reading.apply(content);
        store(entry, key, read);
        return read;
    }

    /** Removes the entries of files that are no longer record files, so that the folder does not grow. */
    void keepOnly(List<String> displayPaths) {
        if (!usable || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<Path> kept = new HashSet<>();
        displayPaths.forEach(path -> kept.add(entry(path)));
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!kept.contains(entry) && entry.getFileName().toString().endsWith(".json")) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A stale entry is keyed by bytes no record file has now: it is never taken.
        }
    }

    private Path entry(String displayPath) {
        return folder.resolve(sha256(displayPath.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    private String key(String displayPath, YamlLimits limits, byte[] content) {
        MessageDigest sha = digest();
        for (String part : List.of(FORMAT, stamp, limits.toString(), displayPath)) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        sha.update(content);
        return HexFormat.of().formatHex(sha.digest());
    }

    private Read find(Path entry, String key, String displayPath) {
        try {
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            String[] head = Files.readString(entry, StandardCharsets.UTF_8).split("\n", 4);
            if (head.length < 4 || !head[0].equals(FORMAT) || !head[1].equals("key " + key)
                    || !head[2].equals("body " + sha256((key + "\n" + head[3]).getBytes(StandardCharsets.UTF_8)))) {
                return null;
            }
            try (JsonParser parser = FACTORY.createParser(head[3])) {
                return parse(parser, displayPath);
            }
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or malformed: the file is read again
        }
    }

    private void store(Path entry, String key, Read read) {
        Path temporary = entry.resolveSibling(entry.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            java.io.StringWriter out = new java.io.StringWriter();
            try (JsonGenerator generator = FACTORY.createGenerator(out)) {
                format(read, generator);
            }
            String body = out.toString();
            String text = FORMAT + "\nkey " + key + "\nbody "
                    + sha256((key + "\n" + body).getBytes(StandardCharsets.UTF_8)) + "\n" + body;
            Files.deleteIfExists(temporary); // never write through a link planted under that name
            Files.writeString(temporary, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(entry);
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Its key is not today's file: it is never taken.
            }
        }
    }

    /**
     * The entry's body, written and read as a stream (no intermediate trees): problems, then each document with
     * its problems and, when it holds a record, its kind, id, schema verdict, index, locations (pointer, line,
     * column, flat) and tree.
     */
    private static void format(Read read, JsonGenerator out) throws IOException {
        out.writeStartArray();
        problems(read.problems(), out);
        for (Document document : read.documents()) {
            out.writeStartArray();
            problems(document.problems(), out);
            if (document.id() != null) {
                SourceDocument source = document.source();
                out.writeString(document.kind());
                out.writeString(document.id());
                out.writeBoolean(document.schemaValid());
                out.writeNumber(source.index());
                out.writeStartArray();
                for (Map.Entry<String, SourceLocation> at : source.locations().entries().entrySet()) {
                    out.writeString(at.getKey());
                    out.writeNumber(at.getValue().line());
                    out.writeNumber(at.getValue().column());
                }
                out.writeEndArray();
                writeNode(out, source.root());
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    private static void problems(List<Problem> problems, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (Problem problem : problems) {
            out.writeString(problem.location().file());
            out.writeNumber(problem.location().line());
            out.writeNumber(problem.location().column());
            out.writeString(problem.kind());
            out.writeString(problem.id());
            out.writeString(problem.message());
            out.writeString(problem.rule());
            out.writeString(problem.detail());
        }
        out.writeEndArray();
    }

    private static Read parse(JsonParser in, String displayPath) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        List<Problem> problems = problems(in);
        List<Document> documents = new ArrayList<>();
        while (in.nextToken() == JsonToken.START_ARRAY) {
            List<Problem> own = problems(in);
            if (in.nextToken() == JsonToken.END_ARRAY) {
                documents.add(new Document(null, own, null, null, false));
                continue;
            }
            String kind = in.getValueAsString();
            String id = text(in);
            if (id != null && (kind == null || RecordKinds.byName(kind).isEmpty())) {
                throw new IOException("an entry names no record kind"); // a fresh read only keeps known kinds
            }
            in.nextToken();
            boolean valid = in.getBooleanValue();
            in.nextToken();
            int index = in.getIntValue();
            expect(in, JsonToken.START_ARRAY);
            Map<String, SourceLocation> locations = new LinkedHashMap<>();
            while (in.nextToken() == JsonToken.VALUE_STRING) {
                String pointer = in.getText();
                locations.put(pointer, new SourceLocation(displayPath, number(in), number(in)));
            }
            in.nextToken();
            ObjectNode root = (ObjectNode) value(in);
            expect(in, JsonToken.END_ARRAY);
            documents.add(new Document(new SourceDocument(displayPath, index, root,
                    LocationIndex.of(locations.get(""), locations)), own, kind, id, valid));
        }
        if (in.currentToken() != JsonToken.END_ARRAY || in.nextToken() != null) {
            throw new IOException("not an entry");
        }
        return new Read(problems, documents);
    }

    private static List<Problem> problems(JsonParser in) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        List<Problem> problems = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            String file = in.getValueAsString();
            SourceLocation location = new SourceLocation(file, number(in), number(in));
            problems.add(new Problem(location, text(in), text(in), text(in), text(in), text(in)));
        }
        return problems;
    }

    private static void expect(JsonParser in, JsonToken token) throws IOException {
        if (in.nextToken() != token) {
            throw new IOException("not an entry");
        }
    }

    private static String text(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
            throw new IOException("not an entry");
        }
        return token == JsonToken.VALUE_NULL ? null : in.getText();
    }

    private static int number(JsonParser in) throws IOException {
        expect(in, JsonToken.VALUE_NUMBER_INT);
        return in.getIntValue();
    }

    /** A JSON text as a tree with the node types the YAML reader gives (decimals as BigDecimal, ints by size). */
    static JsonNode tree(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected " + parser.currentToken());
        }
    }

    /**
     * Writes a tree so that {@code readNode} gives back the same node types: a decimal of scale 0 ({@code 9.} in YAML)
     * would be written as {@code 9} and read back as an int, which a check of whole numbers treats differently.
     */
    private static void writeNode(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                out.writeFieldName(field.getKey());
                writeNode(out, field.getValue());
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                writeNode(out, element);
            }
            out.writeEndArray();
        } else if (node.isBigDecimal() || node.isFloatingPointNumber()) {
            String text = node.decimalValue().toString();
            out.writeNumber(text.matches(".*[.eE].*") ? text : text + "E0");
        } else {
            JSON.writeTree(out, node);
        }
    }

    /** This library's jar by path, size and time; a classes folder (a build of the plugin itself) file by file. */
    static String libraryStamp() {
        try {
            Path location = Path.of(AimsValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            StringBuilder stamp = new StringBuilder(location.toString());
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    stamp.append('\n').append(location.relativize(file)).append(':').append(Files.size(file))
                            .append(':').append(Files.getLastModifiedTime(file).toMillis());
                }
            }
            return stamp.toString();
        } catch (Exception e) {
            return "unknown:" + System.nanoTime(); // no stamp: nothing kept is ever taken
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }
}
