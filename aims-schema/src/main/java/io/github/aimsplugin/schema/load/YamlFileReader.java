package io.github.aimsplugin.schema.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.aimsplugin.schema.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads every document of one YAML file into JSON trees, remembering where each node starts.
 *
 * <p>Jackson's streaming parser is used rather than its tree reader so that locations survive. Anchors and
 * aliases are rejected: Jackson would silently turn an alias into the anchor's name, and refusing them also
 * defuses alias bombs. Depth, size and document count are bounded by {@link YamlLimits}.
 */
public final class YamlFileReader {

    /** What reading a file gave: its documents, or the problems that stopped it. */
    public record Result(List<SourceDocument> documents, List<Problem> problems) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final YamlLimits limits;
    private final YAMLFactory factory;

    public YamlFileReader(YamlLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both locations
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                        .build())
                .build();
    }

    public YamlLimits limits() {
        return limits;
    }

    public Result read(Path file, String displayPath) {
        return read(file, displayPath, null);
    }

    /**
     * @param content the file's bytes when the caller has read them already (to hash them), else null: the YAML
     *     is then parsed from exactly the bytes that were hashed
     */
    public Result read(Path file, String displayPath, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        List<SourceDocument> documents = new ArrayList<>();
        try {
            long size = content != null ? content.length : Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(Problem.inFile(SourceLocation.startOf(displayPath),
                        "file is " + size + " bytes, more than the limit of " + limits.maxFileBytes()
                                + " bytes; split it into smaller files or raise aims.maxFileBytes",
                        "yaml-limit"));
                return new Result(documents, problems);
            }
            try (Reader reader = content == null ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
                    : new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content),
                            StandardCharsets.UTF_8.newDecoder()));
                    YAMLParser parser = factory.createParser(reader)) {
                new DocumentWalker(parser, displayPath, documents, problems).readAll();
            }
        } catch (YamlStop stop) {
            problems.add(stop.problem);
        } catch (JsonProcessingException e) {
            problems.add(causedBy(e, CharacterCodingException.class) ? notUtf8(displayPath) : syntaxProblem(e, displayPath));
        } catch (CharacterCodingException e) {
            problems.add(notUtf8(displayPath));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits as unchecked exceptions; none of them should become a stack trace.
            problems.add(Problem.inFile(SourceLocation.startOf(displayPath),
                    "cannot read this file: " + firstLine(e.getMessage()), "yaml-syntax"));
        }
        return new Result(documents, problems);
    }

    private final class DocumentWalker {
        private final YAMLParser parser;
        private final String file;
        private final List<SourceDocument> documents;
        private final List<Problem> problems;
        private LocationIndex locations;

        DocumentWalker(YAMLParser parser, String file, List<SourceDocument> documents, List<Problem> problems) {
            this.parser = parser;
            this.file = file;
            this.documents = documents;
            this.problems = problems;
        }

        void readAll() throws IOException {
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                index++;
                if (index > limits.maxDocumentsPerFile()) {
                    throw stop(parser.currentTokenLocation(), "more than " + limits.maxDocumentsPerFile()
                            + " YAML documents in one file; split the file", "yaml-limit");
                }
                SourceLocation start = locationOf(parser.currentTokenLocation(), file);
                boolean empty = token == JsonToken.VALUE_NULL
                        || (token == JsonToken.VALUE_STRING && parser.getText().isEmpty());
                if (empty && !parser.isCurrentAlias()) {
                    continue; // an empty document, such as a trailing '---'
                }
                locations = new LocationIndex(start);
                JsonNode root = readValue("", 1);
                if (root instanceof ObjectNode object) {
                    documents.add(new SourceDocument(file, index, object, locations));
                } else {
                    problems.add(Problem.inFile(start, "a record must be a YAML mapping with 'kind' and 'id', but this document is "
                            + describe(root), "record-shape"));
                }
            }
        }

        private JsonNode readValue(String pointer, int depth) throws IOException {
            if (parser.isCurrentAlias()) {
                throw stop(parser.currentTokenLocation(), "YAML aliases ('*" + parser.getText()
                        + "') are not supported in AIMS records; write the value out in full", "yaml-alias");
            }
            if (parser.getCurrentAnchor() != null) {
                throw stop(parser.currentTokenLocation(), "YAML anchors ('&" + parser.getCurrentAnchor()
                        + "') are not supported in AIMS records; write each value out in full", "yaml-alias");
            }
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > limits.maxDepth()) {
                throw stop(parser.currentTokenLocation(), "nesting deeper than " + limits.maxDepth()
                        + " levels; AIMS records are never this deep", "yaml-limit");
            }
            switch (token) {
                case START_OBJECT:
                    return readObject(pointer, depth);
                case START_ARRAY:
                    return readArray(pointer, depth);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT:
                    throw stop(parser.currentTokenLocation(), "YAML tags such as !!binary are not supported in AIMS"
                            + " records; write plain text", "yaml-syntax");
                default:
                    throw stop(parser.currentTokenLocation(), "unsupported YAML content (" + token + ")", "yaml-syntax");
            }
        }

        private ObjectNode readObject(String pointer, int depth) throws IOException {
            ObjectNode object = NODES.objectNode();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                SourceLocation keyLocation = locationOf(parser.currentTokenLocation(), file);
                if (object.has(name)) {
                    throw new YamlStop(Problem.inFile(keyLocation, "duplicate key '" + name + "' (first at line "
                            + locations.locate(child).line() + "); keep one", "yaml-duplicate-key"));
                }
                locations.put(child, keyLocation);
                parser.nextToken();
                object.set(name, readValue(child, depth + 1));
            }
            if (token != JsonToken.END_OBJECT) {
                throw stop(parser.currentTokenLocation(), "malformed mapping", "yaml-syntax");
            }
            return object;
        }

        private ArrayNode readArray(String pointer, int depth) throws IOException {
            ArrayNode array = NODES.arrayNode();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw stop(parser.currentTokenLocation(), "unterminated sequence", "yaml-syntax");
                }
                String child = pointer + "/" + array.size();
                locations.put(child, locationOf(parser.currentTokenLocation(), file));
                array.add(readValue(child, depth + 1));
            }
            return array;
        }

        private YamlStop stop(JsonLocation at, String message, String rule) {
            return new YamlStop(Problem.inFile(locationOf(at, file), message, rule));
        }
    }

    /** Ends reading a file at the first structural problem; later content cannot be trusted. */
    private static final class YamlStop extends RuntimeException {
        private final transient Problem problem;

        YamlStop(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static Problem notUtf8(String file) {
        return Problem.inFile(SourceLocation.startOf(file), "file is not UTF-8 text; save it as UTF-8 (binary files do"
                + " not belong in the records folder)", "yaml-syntax");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a sequence";
        }
        return node.isNull() ? "empty" : "a single value ('" + abbreviate(node.asText()) + "')";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static SourceLocation locationOf(JsonLocation location, String file) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static Problem syntaxProblem(JsonProcessingException e, String file) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String context = marked.getContext() == null ? "" : firstLine(marked.getContext()) + ", ";
            return Problem.inFile(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "invalid YAML: " + context + firstLine(marked.getProblem()), "yaml-syntax");
        }
        return Problem.inFile(locationOf(e.getLocation(), file), syntaxMessage(e), "yaml-syntax");
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        String message = firstLine(original);
        if (original != null && original.contains("exceed") && original.contains("code points")) {
            return "file is larger than the limit; split it into smaller files or raise aims.maxFileBytes";
        }
        if (original != null && original.startsWith("Expected a field name")) {
            return "invalid YAML: a key must be plain text, not a sequence or a mapping";
        }
        if (original != null && original.contains("Number of aliases")) {
            return "YAML aliases are not supported in AIMS records; write the value out in full";
        }
        return "invalid YAML: " + message;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown error";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
