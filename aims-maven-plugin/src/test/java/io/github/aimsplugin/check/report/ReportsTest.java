package io.github.aimsplugin.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.rules.BuiltInRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.RuleFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Four violations: three of system-impact-assessed, one of system-risk-assessed; owner-assigned is off. */
    private CheckResult failingResult(Path dir) {
        return new RuleEngine(BuiltInRules.all()).run(RuleFixture.failing("system-impact-assessed", dir).context(),
                Map.of("owner-assigned", Level.OFF));
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema(@TempDir Path dir) throws Exception {
        CheckResult result = failingResult(dir.resolve("project"));
        Path file = dir.resolve("aims-check.sarif");

        SarifReport.write(file, result, Baseline.empty().compare(result.violations()), "1.2.3");

        Schema sarifSchema;
        try (InputStream in = ReportsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        List<Error> errors = sarifSchema.validate(Files.readString(file), InputFormat.JSON);
        assertThat(errors).extracting(Error::toString).isEmpty();
        // Negative control: the same report with a level SARIF does not know is refused by the same schema.
        com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(sarifSchema.validate(JSON.writeValueAsString(broken), InputFormat.JSON))
                .extracting(Error::toString).isNotEmpty().anySatisfy(error -> assertThat(error).contains("level"));

        JsonNode run = JSON.readTree(file.toFile()).path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(BuiltInRules.all().size());
        assertThat(run.path("results")).hasSize(4);
        JsonNode first = run.path("results").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("system-impact-assessed");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/aims/extra.yaml");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(first.path("baselineState").asText()).isEqualTo("new");
    }

    @Test
    void junitXmlHasOneCasePerRuleWithFailuresAndSkips(@TempDir Path dir) throws Exception {
        CheckResult result = failingResult(dir.resolve("project"));
        Path file = dir.resolve("TEST-aims-check.xml");

        JunitReport.write(file, result, Baseline.empty().compare(result.violations()));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(BuiltInRules.all().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(BuiltInRules.all().size());
        Element failure = (Element) xml.getElementsByTagName("failure").item(1);
        assertThat(failure.getAttribute("type")).isEqualTo("system-impact-assessed");
        assertThat(failure.getTextContent()).contains("src/main/aims/extra.yaml:2:1: [AISystem forecaster]");
    }

    @Test
    void jsonReportCountsAndIsReproducible(@TempDir Path dir) throws Exception {
        CheckResult result = failingResult(dir.resolve("project"));
        Baseline.Comparison comparison = Baseline.of(result.violations().subList(0, 1)).compare(result.violations());

        JsonReport.write(dir.resolve("a.json"), result, comparison, "1.2.3");
        JsonReport.write(dir.resolve("b.json"), result, comparison, "1.2.3");

        JsonNode report = JSON.readTree(dir.resolve("a.json").toFile());
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/baselined").asInt()).isEqualTo(1);
        assertThat(report.path("violations")).hasSize(4);
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(Files.readString(dir.resolve("b.json")));
    }

    @Test
    void charactersTheFormatForbidsAreReplacedSoEveryReportStaysReadable(@TempDir Path dir) throws Exception {
        CheckResult failing = failingResult(dir.resolve("project"));
        List<io.github.aimsplugin.check.Violation> hostile = new java.util.ArrayList<>(failing.violations());
        io.github.aimsplugin.check.Violation first = hostile.get(0);
        hostile.set(0, new io.github.aimsplugin.check.Violation(first.location(), first.rule(), first.level(),
                first.kind(), first.id(), "model gpt\uFFFF\uFFFE\ud800x\u0001", first.hint(), first.cause()));
        CheckResult result = new CheckResult(hostile, failing.rules());
        Baseline.Comparison comparison = Baseline.empty().compare(result.violations());

        JunitReport.write(dir.resolve("TEST-aims-check.xml"), result, comparison);
        JsonReport.write(dir.resolve("aims-check.json"), result, comparison, "1.2.3");
        SarifReport.write(dir.resolve("aims-check.sarif"), result, comparison, "1.2.3");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("TEST-aims-check.xml").toFile());
        assertThat(xml.getDocumentElement().getTextContent()).contains("model gpt\uFFFD\uFFFD\uFFFDx")
                .contains("shown as U+FFFD");
        for (String name : List.of("aims-check.json", "aims-check.sarif")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).contains("gpt\uFFFF\uFFFE\uFFFDx");
        }
    }

    @Test
    void jsonReportListsEveryUseSiteAndModelNameMasked(@TempDir Path dir) throws Exception {
        CheckResult result = failingResult(dir.resolve("project"));
        String key = "sk-proj-" + "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4";
        io.github.aimsplugin.code.CodeScan scan = new io.github.aimsplugin.code.CodeScan(
                io.github.aimsplugin.code.CodeScan.Status.SCANNED, "", List.of(
                        new io.github.aimsplugin.code.UseSite("com.acme.Bot", "ask", "src/main/java/com/acme/Bot.java",
                                9, "LangChain4j", "chat", "OpenAiChatModel.builder", false),
                        new io.github.aimsplugin.code.UseSite("com.acme.Bot", "ask", "src/main/java/com/acme/Bot.java",
                                9, "LangChain4j", "chat", "OpenAiChatModelBuilder.modelName", false)),
                List.of(new io.github.aimsplugin.code.ModelNameUse(key, "\"" + key + "\"", "com.acme.Bot",
                        "src/main/java/com/acme/Bot.java", 9, "LangChain4j")), List.of(), List.of(), 1);

        JsonReport.write(dir.resolve("a.json"), result, Baseline.empty().compare(result.violations()), "1.2.3", scan);

        JsonNode report = JSON.readTree(dir.resolve("a.json").toFile());
        assertThat(report.at("/code/useSites")).hasSize(2);
        assertThat(report.at("/code/useSites/1/api").asText()).isEqualTo("OpenAiChatModelBuilder.modelName");
        assertThat(report.at("/code/models/0/name").asText()).startsWith("<OpenAI API key sk-");
        assertThat(Files.readString(dir.resolve("a.json"))).doesNotContain(key.substring(8));
    }
}
