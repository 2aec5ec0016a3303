package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimsplugin.schema.kind.RecordKinds;
import org.junit.jupiter.api.Test;

/** The dispatching schema for editors accepts every kind's valid record and rejects a broken one. */
class RecordSchemaTest {

    private final Schema any = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:" + RecordKinds.SCHEMA_PATH + "record.schema.json"));
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void acceptsValidRecordsOfSeveralKinds() throws Exception {
        for (String record : new String[] {
                "kind: Control\nid: A.10.4\napplicable: false\njustification: We supply no AI to customers.\n",
                "kind: TreatmentAction\nid: TA-1\naction: Do it.\nrisks: [R-1]\nowner: ceo\ndue: 2027-01-01\nstatus: open\n"}) {
            assertThat(any.validate(read(record))).as(record).isEmpty();
        }
    }

    @Test
    void appliesTheSchemaOfTheRecordsKind() throws Exception {
        JsonNode broken = read("kind: Control\nid: A.10.4\napplicable: false\n");

        assertThat(any.validate(broken)).extracting(error -> error.getMessage())
                .anySatisfy(message -> assertThat(message).contains("justification"));
    }

    @Test
    void lifecycleStagesAreTheIso22989OnesIncludingContinuousValidation() throws Exception {
        String system = "kind: AISystem\nid: scorer\nname: Scorer\npurpose: Scores.\nowner: ml-lead\n"
                + "provenance: internal\nlifecycleStage: ";
        for (String stage : new String[] {"inception", "design-and-development", "verification-and-validation",
                "deployment", "operation-and-monitoring", "continuous-validation", "re-evaluation", "retirement"}) {
            assertThat(any.validate(read(system + stage + "\n"))).as(stage).isEmpty();
        }
        assertThat(any.validate(read(system + "maintenance\n"))).isNotEmpty();
    }

    @Test
    void rejectsUnknownKinds() throws Exception {
        assertThat(any.validate(read("kind: Rsik\nid: R-1\n"))).isNotEmpty();
    }

    private JsonNode read(String text) throws Exception {
        return yaml.readTree(text);
    }
}
