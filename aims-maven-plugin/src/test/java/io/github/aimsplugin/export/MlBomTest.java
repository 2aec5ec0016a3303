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
}
