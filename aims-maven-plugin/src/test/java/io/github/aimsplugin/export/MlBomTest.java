package io.github.aimsplugin.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/** The example project's ML-BOM is valid CycloneDX 1.6 and carries the records' considerations. */
class MlBomTest {

    @Test
    void theExampleProjectsMlBomIsSchemaValidAndCarriesTheModelCards() throws Exception {
        Path example = Path.of("..", "example-project").toAbsolutePath().normalize();
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(example,
                List.of(Path.of("src/main/aims")), LocalDate.of(2026, 11, 28), YamlLimits.defaults()));
        byte[] json = MlBom.write(validated.model(), "com.northwind:credit", "1.0");

        assertThat(new JsonParser().validate(json, Version.VERSION_16)).isEmpty();
        assertThat(MlBom.write(validated.model(), "com.northwind:credit", "1.0")).isEqualTo(json);
        JsonNode bom = new ObjectMapper().readTree(json);
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.has("serialNumber")).isFalse();
        assertThat(bom.path("metadata").has("timestamp")).as("no build time in the BOM").isFalse();
        assertThat(bom.path("components")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("machine-learning-model"));
        JsonNode scoring = StreamSupport.stream(bom.path("components").spliterator(), false)
                .filter(c -> c.path("bom-ref").asText().startsWith("model:credit-scoring-model:")).findFirst()
                .orElseThrow();
        JsonNode considerations = scoring.path("modelCard").path("considerations");
        assertThat(considerations.path("ethicalConsiderations"))
                .anySatisfy(risk -> assertThat(risk.path("name").asText()).startsWith("R-01: "));
        assertThat(considerations.path("fairnessAssessments")).isNotEmpty();
        assertThat(scoring.path("modelCard").path("properties"))
                .anySatisfy(p -> assertThat(p.path("value").asText()).isEqualTo("credit-scoring-model"));
    }

    @Test
    void anInvalidBomIsCaughtByTheSameValidation() throws Exception {
        byte[] broken = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"robot\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(new JsonParser().validate(broken, Version.VERSION_16)).isNotEmpty();
    }

    @Test
    void theModelsFoundInTheCodeAreListedDeclaredOnesWithWhereAndOthersAsFoundInCode() throws Exception {
        Path example = Path.of("..", "example-project").toAbsolutePath().normalize();
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(example,
                List.of(Path.of("src/main/aims")), LocalDate.of(2026, 11, 28), YamlLimits.defaults()));
        String letters = "com.northwind.credit.letters.DecisionLetterAssistant";
        String file = "src/main/java/com/northwind/credit/letters/DecisionLetterAssistant.java";
        io.github.aimsplugin.build.CodeEvidence code = new io.github.aimsplugin.build.CodeEvidence(
                new io.github.aimsplugin.code.CodeScan(io.github.aimsplugin.code.CodeScan.Status.SCANNED, "",
                        List.of(), List.of(
                                new io.github.aimsplugin.code.ModelNameUse("gpt-4o-mini-2024-07-18", "MODEL", letters,
                                        file, 43, "LangChain4j"),
                                new io.github.aimsplugin.code.ModelNameUse("gpt-4.1", "\"gpt-4.1\"", letters, file,
                                        50, "LangChain4j")),
                        List.of(), List.of(), 3),
                io.github.aimsplugin.trail.GovernedCode.History.unavailable("not read"), null);

        byte[] json = MlBom.write(validated.model(), "com.northwind:credit", "1.0", code);

        assertThat(new JsonParser().validate(json, Version.VERSION_16)).isEmpty();
        JsonNode components = new ObjectMapper().readTree(json).path("components");
        assertThat(components).anySatisfy(c -> {
            assertThat(c.path("bom-ref").asText()).isEqualTo("model:decision-letter-assistant:gpt-4o-mini");
            assertThat(c.path("modelCard").path("properties")).anySatisfy(p -> assertThat(p.path("value").asText())
                    .isEqualTo("gpt-4o-mini-2024-07-18 at " + file + ":43"));
        });
        assertThat(components).anySatisfy(c -> {
            assertThat(c.path("bom-ref").asText()).isEqualTo("code-model:decision-letter-assistant:gpt-4.1");
            assertThat(c.path("modelCard").path("properties")).anySatisfy(p -> assertThat(p.path("name").asText())
                    .isEqualTo("aims:source"));
        });
    }
}
