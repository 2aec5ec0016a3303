package io.github.aimsplugin.check.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.DocumentText;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The machine-readable result of aims:check; no timestamps, so the same inputs give the same bytes. */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static void write(Path file, CheckResult result, Baseline.Comparison comparison, String toolVersion)
            throws IOException {
        write(file, result, comparison, toolVersion, CodeScan.notRequested());
    }

    /** The report, with a {@code code} object listing every use site and model name when the code was scanned. */
    public static void write(Path file, CheckResult result, Baseline.Comparison comparison, String toolVersion,
            CodeScan scan) throws IOException {
        Set<Violation> tolerated = new HashSet<>(comparison.tolerated());
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "aims-maven-plugin").put("version", toolVersion);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", comparison.fresh().stream().filter(v -> v.level().name().equals("ERROR")).count());
        summary.put("warnings", comparison.fresh().stream().filter(v -> v.level().name().equals("WARNING")).count());
        summary.put("baselined", comparison.tolerated().size());
        summary.put("fixedSinceBaseline", comparison.fixed().size());
        ArrayNode rules = root.putArray("rules");
        for (CheckResult.RuleOutcome outcome : result.rules()) {
            rules.addObject().put("id", outcome.rule().id()).put("level", outcome.level().label())
                    .put("description", outcome.rule().description()).put("violations", outcome.violations());
        }
        ArrayNode violations = root.putArray("violations");
        for (Violation violation : result.violations()) {
            violations.addObject()
                    .put("rule", violation.rule())
                    .put("level", violation.level().label())
                    .put("file", violation.location().file())
                    .put("line", violation.location().line())
                    .put("column", violation.location().column())
                    .put("kind", violation.kind())
                    .put("id", violation.id())
                    .put("message", violation.message())
                    .put("fix", violation.hint())
                    .put("baselined", tolerated.contains(violation));
        }
        ArrayNode fixed = root.putArray("fixedSinceBaseline");
        comparison.fixed().forEach(fixed::add);
        if (scan.scanned()) {
            code(root.putObject("code"), scan);
        }
        Files.createDirectories(file.getParent());
        // a lone surrogate (from a class file) cannot be encoded as UTF-8: replaced, not a failed write
        Files.writeString(file, DocumentText.json(JSON.writeValueAsString(root)) + "\n", StandardCharsets.UTF_8);
    }

    /** Every use site and model name, in the scan's order; text from class files and configuration masked. */
    private static void code(ObjectNode code, CodeScan scan) {
        ArrayNode uses = code.putArray("useSites");
        for (UseSite use : scan.uses()) {
            uses.addObject().put("class", Secrets.shown(use.className())).put("method", Secrets.shown(use.method()))
                    .put("file", Secrets.shown(use.file())).put("line", use.line()).put("sdk", use.sdk())
                    .put("family", use.family()).put("api", Secrets.shown(use.api())).put("local", use.local());
        }
        ArrayNode models = code.putArray("models");
        for (ModelNameUse model : scan.models()) {
            ObjectNode node = models.addObject();
            if (model.resolved()) {
                node.put("name", Secrets.shown(model.name()));
            } else {
                node.putNull("name");
            }
            node.put("expression", Secrets.shown(model.expression())).put("class", Secrets.shown(model.className()))
                    .put("file", Secrets.shown(model.file())).put("line", model.line()).put("sdk", model.sdk());
        }
    }

    /** What the Maven report shows of a check: its counts and each rule's level and violations. */
    public record Summary(int errors, int warnings, List<RuleLine> rules) {}

    /** One rule of the summary. */
    public record RuleLine(String id, String level, String violations) {}

    /** The summary of a JSON report written by {@link #write}. */
    public static Summary read(Path file) throws IOException {
        JsonNode report = JSON.readTree(file.toFile());
        List<RuleLine> rules = new ArrayList<>();
        report.path("rules").forEach(rule -> rules.add(new RuleLine(rule.path("id").asText(),
                rule.path("level").asText(), rule.path("violations").asText())));
        return new Summary(report.path("summary").path("errors").asInt(),
                report.path("summary").path("warnings").asInt(), rules);
    }
}
