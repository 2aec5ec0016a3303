package io.github.aimsplugin.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Known violations, committed with the project so that a build can adopt the plugin and fail only on new ones.
 * Entries are identified by rule, record and cause — never by line — so edits elsewhere do not disturb them.
 */
public final class Baseline {

    /** A check result split against the baseline. */
    public record Comparison(List<Violation> fresh, List<Violation> tolerated, List<String> fixed) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> entries;

    private Baseline(Map<String, String> entries) {
        this.entries = entries;
    }

    public static Baseline empty() {
        return new Baseline(new TreeMap<>());
    }

    public static Baseline of(Collection<Violation> violations) {
        Map<String, String> entries = new TreeMap<>();
        violations.forEach(violation -> entries.put(violation.key(), violation.message()));
        return new Baseline(entries);
    }

    /** @throws IOException when the file cannot be read or is not a baseline */
    public static Baseline read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root == null || !root.path("violations").isArray()) {
            throw new IOException(file + " is not an AIMS baseline (no 'violations' list); write it with aims:baseline");
        }
        Map<String, String> entries = new TreeMap<>();
        for (JsonNode entry : root.get("violations")) {
            String key = String.join("|", entry.path("rule").asText(), entry.path("kind").asText(),
                    entry.path("id").asText(), entry.path("cause").asText());
            entries.put(key, entry.path("message").asText());
        }
        return new Baseline(entries);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("comment", "Known AIMS check violations, tolerated by aims:check. Shrink it as they are fixed.");
        ArrayNode list = root.putArray("violations");
        entries.forEach((key, message) -> {
            String[] parts = key.split("\\|", 4);
            list.addObject().put("rule", parts[0]).put("kind", parts[1]).put("id", parts[2]).put("cause", parts[3])
                    .put("message", message);
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, io.github.aimsplugin.schema.DocumentText.json(JSON.writeValueAsString(root)) + "\n",
                StandardCharsets.UTF_8);
    }

    public int size() {
        return entries.size();
    }

    public Comparison compare(List<Violation> violations) {
        List<Violation> fresh = new ArrayList<>();
        List<Violation> tolerated = new ArrayList<>();
        Map<String, String> unseen = new TreeMap<>(entries);
        for (Violation violation : violations) {
            if (entries.containsKey(violation.key())) {
                tolerated.add(violation);
                unseen.remove(violation.key());
            } else {
                fresh.add(violation);
            }
        }
        return new Comparison(fresh, tolerated, List.copyOf(unseen.keySet()));
    }
}
