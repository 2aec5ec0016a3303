package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole validated model as one JSON document ({@code aims-bundle/2}): every record with its kind, id, file and
 * content as written (what the schema of its kind checks, so that a consumer validates it exactly as a record file),
 * in a stable order, so that a release carries its compliance state and two releases can be compared.
 */
public final class ModelBundle {

    public static final String FORMAT = "aims-bundle/2";

    /** A bundle larger than this is refused unread (a whole AIMS of thousands of records is a few MiB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** More records than any AIMS holds; a bundle beyond it is refused rather than rendered for minutes. */
    public static final int MAX_RECORDS = 20_000;

    /** The field naming the organisation release ({@code groupId:artifactId:version}) a service was checked against. */
    public static final String ORGANISATION = "organisation";

    /** The format of plugin versions before bundles were validated on reading; no longer read. */
    private static final String OLD_FORMAT = "aims-bundle/1";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One record of a bundle. */
    public record Entry(String kind, String id, String file, JsonNode content) {
        public String key() {
            return kind + "/" + id;
        }
    }

    private ModelBundle() {}

    public static byte[] write(AimsModel model, String project, String version) throws IOException {
        return write(model, project, version, null);
    }

    /** The bundle with what the code scan found (see {@link CodeBundle}), when it scanned. */
    public static byte[] write(AimsModel model, String project, String version,
            io.github.aimsplugin.build.CodeEvidence code) throws IOException {
        return write(model, project, version, code, null, null);
    }

    /**
     * The bundle of a release: with its date and its check's findings per rule (see {@link ServiceRelease}), which
     * the organisation's portfolio reads.
     */
    public static byte[] write(AimsModel model, String project, String version,
            io.github.aimsplugin.build.CodeEvidence code, String date, io.github.aimsplugin.check.CheckResult check)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("project", project).put("version", version);
        ServiceRelease.add(root, date, check, model);
        // A service's bundle carries its own records and the organisation release it was checked against, which
        // the organisation's aggregate holds itself.
        model.records().stream().filter(record -> record.origin().organisation()).findFirst()
                .ifPresent(record -> root.put(ORGANISATION, record.origin().module()));
        ArrayNode records = root.putArray("records");
        List<String> kinds = RecordKinds.names();
        List<LoadedRecord> sorted = new ArrayList<>(model.records());
        sorted.removeIf(record -> record.origin().organisation());
        sorted.sort(Comparator.comparing((LoadedRecord r) -> kinds.indexOf(r.kind().name()))
                .thenComparing(LoadedRecord::id));
        for (LoadedRecord record : sorted) {
            if (record.value() == null) {
                continue;
            }
            JsonNode content = record.source().root();
            records.addObject().put("kind", record.kind().name()).put("id", record.id())
                    .put("file", record.location().file())
                    .put("sha256", Sha256.of(JSON.writeValueAsBytes(content)))
                    .set("content", content);
        }
        BundleMeasurements.add(root, model);
        ObjectNode codeNode = CodeBundle.node(code, model);
        if (codeNode != null) {
            root.set("code", codeNode);
        }
        return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The entries of the model as a bundle would hold them. */
    public static Map<String, Entry> entries(AimsModel model) throws IOException {
        return parse(write(model, "current", "current"), "the current records");
    }

    /** The entries of the model and of what the code scan found, as a bundle would hold them. */
    public static Map<String, Entry> entries(AimsModel model, io.github.aimsplugin.build.CodeEvidence code)
            throws IOException {
        return parse(write(model, "current", "current", code), "the current records");
    }

    /** Reads a bundle; a file that is not one is refused with a message naming it. */
    public static Map<String, Entry> read(Path file) throws IOException {
        return parse(bytesOf(file), file.toString());
    }

    /**
     * A bundle's bytes: only from a regular file (never a pipe, which would block) of at most {@link #MAX_BYTES},
     * opened on its real path.
     */
    static byte[] bytesOf(Path file) throws IOException {
        Path real = ContainedFiles.real(file);
        String notRegular = ContainedFiles.notRegular(real);
        if (notRegular != null) {
            throw new IOException(file.getFileName() + " is " + notRegular + ", not a bundle file");
        }
        if (Files.size(real) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB, far more than any AIMS; it is not a bundle written by aims:manifest");
        }
        try (InputStream in = ContainedFiles.open(real)) {
            return in.readNBytes((int) MAX_BYTES + 1);
        }
    }

    /**
     * The records of a released bundle, to aggregate with this build's.
     *
     * @param module the release's coordinates, shown as the records' module
     */
    public static List<io.github.aimsplugin.schema.BundledRecord> records(Path file, String module) throws IOException {
        return records(file, module, false);
    }

    /**
     * The records of a released bundle; {@code organisation}: the organisation's records a service is checked
     * against (read-only for it).
     */
    public static List<io.github.aimsplugin.schema.BundledRecord> records(Path file, String module,
            boolean organisation) throws IOException {
        List<io.github.aimsplugin.schema.BundledRecord> records = new ArrayList<>();
        int index = 0;
        List<Entry> entries = list(bytesOf(file), file.toString());
        if (entries.size() > MAX_RECORDS) {
            throw new IOException(file.getFileName() + " holds " + entries.size() + " records, more than the "
                    + MAX_RECORDS + " any AIMS needs; it is not a bundle written by aims:manifest");
        }
        for (Entry entry : entries) {
            if (!(entry.content() instanceof ObjectNode content) || entry.kind().isEmpty() || entry.id().isEmpty()) {
                throw new IOException(file.getFileName() + " holds a record without kind, id or content (record "
                        + index + "); it is not a bundle written by aims:manifest");
            }
            records.add(new io.github.aimsplugin.schema.BundledRecord(module, file.getFileName().toString(), index,
                    entry.kind(), entry.id(), content, organisation));
            index++;
        }
        return records;
    }

    private static Map<String, Entry> parse(byte[] bytes, String file) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : list(bytes, file)) {
            entries.put(entry.key(), entry);
        }
        entries.putAll(CodeBundle.entries(JSON.readTree(bytes)));
        return entries;
    }

    /** Every record of a bundle in its order, duplicates included (the aggregate's checks report them). */
    private static List<Entry> list(byte[] bytes, String file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            // Jackson quotes the offending token, which a hostile bundle controls: the place only.
            throw new IOException(file + " is not JSON" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException
                    parse && parse.getLocation() != null ? " (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")" : ""), e);
        }
        if (root != null && OLD_FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " was written by an earlier version of the plugin (" + OLD_FORMAT
                    + "); build that release again with this version, or compare without it");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not an AIMS bundle (expected \"format\": \"" + FORMAT + "\")");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode record : root.path("records")) {
            entries.add(new Entry(record.path("kind").asText(), record.path("id").asText(),
                    record.path("file").asText(), record.path("content")));
        }
        return entries;
    }
}
