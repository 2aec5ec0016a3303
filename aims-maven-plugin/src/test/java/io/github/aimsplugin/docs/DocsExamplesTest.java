package io.github.aimsplugin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every record shown in docs/records.md matches the JSON Schema of its kind, so that copying it works. */
class DocsExamplesTest {

    private static final Path RECORDS_PAGE = Path.of("..").toAbsolutePath().normalize().resolve("docs/records.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");

    private final Schema any = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:" + RecordKinds.SCHEMA_PATH + "record.schema.json"));
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void everyRecordOnTheRecordsPageMatchesItsSchema() throws IOException {
        Matcher block = YAML_BLOCK.matcher(Files.readString(RECORDS_PAGE));
        List<String> kinds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (block.find()) {
            for (String document : block.group(1).split("(?m)^---\\s*$")) {
                JsonNode record = yaml.readTree(document);
                String kind = record.path("kind").asText();
                kinds.add(kind);
                any.validate(record).forEach(error -> problems.add(kind + " " + record.path("id").asText() + ": "
                        + error.getMessage()));
            }
        }
        assertThat(kinds).as("record kinds shown").containsAll(RecordKinds.names());
        assertThat(problems).isEmpty();
    }
}
