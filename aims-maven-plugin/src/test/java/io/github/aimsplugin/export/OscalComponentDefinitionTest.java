package io.github.aimsplugin.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example project's SoA as an OSCAL component definition, validated against NIST's OSCAL 1.1.2 JSON Schema. */
class OscalComponentDefinitionTest {

    private static final String SCHEMA = "schema/json/oscal-component-definition_schema.json";

    private static AimsValidator validator = new AimsValidator();
    private static Schema oscal;
    private static ValidationResult example;

    @BeforeAll
    static void loadSchemaAndExample() throws IOException {
        String schema;
        try (InputStream in = OscalComponentDefinitionTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            assertThat(in).as("liboscal-java ships the OSCAL JSON Schema").isNotNull();
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        oscal = registry.getSchema(schema, InputFormat.JSON);
        Path project = Path.of("..", "example-project").toAbsolutePath().normalize();
        example = validator.validate(new ValidationRequest(project, List.of(Path.of("src/main/aims")),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults()));
        assertThat(example.problems()).isEmpty();
    }

    @Test
    void eachSystemLinksTheSourceFilesThatUseAiAndTheModelsInItsCode() throws IOException {
        String letters = "com.northwind.credit.letters.DecisionLetterAssistant";
        String file = "src/main/java/com/northwind/credit/letters/DecisionLetterAssistant.java";
        io.github.aimsplugin.build.CodeEvidence code = new io.github.aimsplugin.build.CodeEvidence(
                new io.github.aimsplugin.code.CodeScan(io.github.aimsplugin.code.CodeScan.Status.SCANNED, "",
                        List.of(new io.github.aimsplugin.code.UseSite(letters, "draft", file, 48, "LangChain4j",
                                "chat", "ChatModel.chat", false)),
                        List.of(new io.github.aimsplugin.code.ModelNameUse("gpt-4o-mini-2024-07-18", "MODEL",
                                letters, file, 41, "LangChain4j")), List.of(), List.of(), 7),
                io.github.aimsplugin.trail.GovernedCode.History.unavailable("not read"), null);

        byte[] json = OscalComponentDefinition.write(example.model(), Catalogs.builtIn().annexA(),
                "com.northwind:credit", "1.0", "2026-11-20T10:00:00Z", code);

        assertThat(oscal.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        JsonNode letterSystem = StreamSupport.stream(new ObjectMapper().readTree(json).path("component-definition")
                .path("components").spliterator(), false)
                .filter(c -> c.path("title").asText().equals("Decision letter assistant")).findFirst().orElseThrow();
        assertThat(letterSystem.path("links")).singleElement().satisfies(link -> {
            assertThat(link.path("href").asText()).isEqualTo(file);
            assertThat(link.path("rel").asText()).isEqualTo("ai-use");
        });
        assertThat(letterSystem.path("props")).anySatisfy(p -> {
            assertThat(p.path("name").asText()).isEqualTo("model-in-code");
            assertThat(p.path("value").asText()).isEqualTo("gpt-4o-mini-2024-07-18");
        });
    }

    @Test
    void theExampleSoaIsAValidOscalComponentDefinition() throws IOException {
        byte[] json = write();

        List<Error> errors = oscal.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
        assertThat(errors).isEmpty();
        JsonNode definition = new ObjectMapper().readTree(json).path("component-definition");
        assertThat(definition.path("metadata").path("oscal-version").asText()).isEqualTo("1.1.2");
        JsonNode aims = definition.path("components").get(0);
        assertThat(aims.path("type").asText()).isEqualTo("process-procedure");
        JsonNode requirements = aims.path("control-implementations").get(0).path("implemented-requirements");
        assertThat(requirements).hasSize(38);
        assertThat(requirements.get(0).path("control-id").asText()).isEqualTo("a.2.2");
        JsonNode excluded = StreamSupport.stream(requirements.spliterator(), false)
                .filter(r -> r.path("control-id").asText().equals("a.10.4")).findFirst().orElseThrow();
        assertThat(excluded.path("description").asText()).startsWith("Excluded: ");
        assertThat(excluded.path("props")).anySatisfy(p -> {
            assertThat(p.path("name").asText()).isEqualTo("implementation-status");
            assertThat(p.path("value").asText()).isEqualTo("not-applicable");
        });
        assertThat(requirements).anySatisfy(r -> assertThat(r.path("links")).isNotEmpty());
        long systems = definition.path("components").size() - 1;
        assertThat(systems).isEqualTo(example.model().all(io.github.aimsplugin.schema.kind.RecordKinds.AI_SYSTEM).size());
    }

    @Test
    void sameRecordsGiveTheSameBytes() {
        assertThat(write()).isEqualTo(write());
    }

    @Test
    void hostileTextStaysValidOscal() throws IOException {
        String hostile = "  line one\n\tline two <script>alert(1)</script> \"quoted\"  ";
        assertThat(OscalComponentDefinition.line(hostile)).isEqualTo(
                "line one line two <script>alert(1)</script> \"quoted\"");
        assertThat(Tokens.of("1st owner/lead")).isEqualTo("_1st_owner_lead");
        assertThat(Tokens.of("ml-lead")).isEqualTo("ml-lead");
    }

    @Test
    void theSchemaCatchesABrokenDefinition() {
        String broken = "{\"component-definition\":{\"uuid\":\"not-a-uuid\",\"metadata\":{\"title\":\"x\"}}}";
        assertThat(oscal.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void uuidsAreVersion5AndStable() {
        String uuid = Uuids.nameBased("com.example:app/aims");
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(Uuids.nameBased("com.example:app/aims")).isEqualTo(uuid);
        assertThat(Uuids.nameBased("com.example:app/other")).isNotEqualTo(uuid);
    }

    private static byte[] write() {
        return OscalComponentDefinition.write(example.model(), Catalogs.builtIn().annexA(), "com.northwind:credit",
                "1.0", "2026-11-01T00:00:00Z");
    }
}
