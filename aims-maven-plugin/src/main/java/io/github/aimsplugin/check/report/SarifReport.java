package io.github.aimsplugin.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.DocumentText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0, so that code-scanning tools annotate the YAML lines. Paths are relative to the module directory
 * (uriBaseId %SRCROOT%); baselined violations are marked "unchanged", new ones "new".
 *
 * <p>Written as a JSON tree, not through a SARIF object model: introspecting the model's beans cost a cold check more
 * than the rest of the reports. The output is what that model wrote (SarifReportTest compares them): SARIF's default
 * values are left out — a rule's {@code enabled: true}, a {@code warning} level, a result's rule index -1.
 */
public final class SarifReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {}

    public static void write(Path file, CheckResult result, Baseline.Comparison comparison, String toolVersion)
            throws IOException {
        ObjectNode sarif = JSON.createObjectNode();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "aims-maven-plugin");
        optional(driver, "version", toolVersion);
        driver.put("informationUri", "https://github.com/aimsplugin/aims-maven-plugin");
        List<String> ruleIds = new ArrayList<>();
        ArrayNode rules = JSON.createArrayNode();
        for (CheckResult.RuleOutcome outcome : result.rules()) {
            ruleIds.add(outcome.rule().id());
            ObjectNode rule = rules.addObject();
            optional(rule, "id", outcome.rule().id());
            optional(rule.putObject("shortDescription"), "text", outcome.rule().description());
            optional(rule.putObject("fullDescription"), "text", outcome.rule().documentation());
            ObjectNode configuration = rule.putObject("defaultConfiguration");
            if (outcome.level() == Level.OFF) {
                configuration.put("enabled", false);
            }
            if (outcome.level() != Level.WARNING) {
                configuration.put("level", "error");
            }
        }
        driver.set("rules", rules);
        Set<Violation> tolerated = new HashSet<>(comparison.tolerated());
        ArrayNode results = JSON.createArrayNode();
        for (Violation violation : result.violations()) {
            ObjectNode entry = results.addObject();
            optional(entry, "ruleId", violation.rule());
            int index = ruleIds.indexOf(violation.rule());
            if (index != -1) {
                entry.put("ruleIndex", index);
            }
            if (violation.level() != Level.WARNING) {
                entry.put("level", "error");
            }
            entry.putObject("message").put("text", "[" + violation.kind() + " " + violation.id() + "] "
                    + violation.message() + "; fix: " + violation.hint());
            ObjectNode physical = entry.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            optional(artifact, "uri", violation.location().file());
            artifact.put("uriBaseId", "%SRCROOT%");
            physical.putObject("region").put("startLine", violation.location().line())
                    .put("startColumn", violation.location().column());
            optional(entry.putObject("partialFingerprints"), "aimsViolation/v1", violation.key());
            entry.put("baselineState", tolerated.contains(violation) ? "unchanged" : "new");
        }
        run.set("results", results);
        Files.createDirectories(file.getParent());
        // a lone surrogate (from a class file) cannot be encoded as UTF-8: replaced, not a failed write
        Files.writeString(file, DocumentText.json(JSON.writeValueAsString(sarif)) + "\n", StandardCharsets.UTF_8);
    }

    /** A text the model left out when null (its default). */
    private static void optional(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
