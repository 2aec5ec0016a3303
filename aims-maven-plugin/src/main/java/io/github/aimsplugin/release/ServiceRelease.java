package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.AimsModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service's bundle says about its release beyond its records, for the organisation's portfolio: when it was
 * released, which organisation release it was checked against, and its own check's findings per rule (findings on
 * the organisation's records are the organisation's, and left out).
 *
 * @param coordinates the release, {@code groupId:artifactId:version}
 * @param released the release's build date, or "" when the bundle does not say
 * @param organisation the organisation release it was checked against, or "" when none
 * @param findings the check's findings on the service's own records, by rule id
 */
public record ServiceRelease(String coordinates, String released, String organisation, Map<String, Integer> findings) {

    static final String RELEASED = "released";
    static final String CHECK = "check";

    public ServiceRelease {
        findings = java.util.Collections.unmodifiableMap(new TreeMap<>(findings));
    }

    /** Findings of a rule (0 when none or not run). */
    public int findings(String rule) {
        return findings.getOrDefault(rule, 0);
    }

    /** The version part of the coordinates. */
    public String version() {
        return coordinates.substring(coordinates.lastIndexOf(':') + 1);
    }

    /** groupId:artifactId. */
    public String project() {
        return coordinates.substring(0, coordinates.lastIndexOf(':'));
    }

    /** Adds the release date and the check's findings per rule to a bundle being written, in a stable order. */
    static void add(ObjectNode bundle, String date, CheckResult check, AimsModel model) {
        if (date != null) {
            bundle.put(RELEASED, date);
        }
        if (check == null) {
            return;
        }
        Map<String, Integer> rules = new TreeMap<>();
        check.rules().forEach(rule -> rules.put(rule.rule().id(), 0));
        int errors = 0;
        int warnings = 0;
        for (Violation violation : check.violations()) {
            boolean organisations = model.find(violation.kind(), violation.id())
                    .map(record -> record.origin().organisation()).orElse(false);
            if (!organisations) {
                rules.merge(violation.rule(), 1, Integer::sum);
                errors += violation.level() == Level.ERROR ? 1 : 0;
                warnings += violation.level() == Level.WARNING ? 1 : 0;
            }
        }
        ObjectNode node = bundle.putObject(CHECK).put("errors", errors).put("warnings", warnings);
        ObjectNode byRule = node.putObject("rules");
        rules.forEach(byRule::put);
    }

    /** Reads what a released bundle says about its release, as safely as its records. */
    public static ServiceRelease read(String coordinates, Path bundle) throws IOException {
        JsonNode root = ModelBundle.JSON.readTree(ModelBundle.bytesOf(bundle));
        if (root == null || !ModelBundle.FORMAT.equals(root.path("format").asText())) {
            throw new IOException(bundle.getFileName() + " is not an AIMS bundle (expected \"format\": \""
                    + ModelBundle.FORMAT + "\")");
        }
        Map<String, Integer> findings = new TreeMap<>();
        root.path(CHECK).path("rules").fields().forEachRemaining(entry -> {
            if (entry.getValue().canConvertToInt() && findings.size() < 1_000) {
                findings.put(entry.getKey(), entry.getValue().intValue());
            }
        });
        return new ServiceRelease(coordinates, text(root.path(RELEASED)), text(root.path(ModelBundle.ORGANISATION)),
                findings);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }
}
