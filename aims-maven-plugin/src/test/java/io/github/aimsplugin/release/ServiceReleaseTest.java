package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's bundle checked against its organisation's records: it holds only the service's records, names the
 * organisation release, and carries its release date and its own check's findings for the portfolio.
 */
class ServiceReleaseTest {

    private static final String ORG = "com.example:aims-org:3.1.0";

    private final RecordValidation validation = new RecordValidation();

    @Test
    void theBundleHoldsTheServicesOwnRecordsAndFindingsAndNamesTheOrganisationRelease(@TempDir Path base)
            throws Exception {
        AimsModel model = serviceModel(base);
        CheckResult check = new CheckResult(List.of(
                violation("ai-use-in-inventory", "AISystem", "credit-limit"),
                violation("governed-code-reassessed", "AISystem", "credit-limit"),
                violation("soa-complete", "Control", "A.5.4")), List.of());

        Path bundle = base.resolve("credit-service-2.1-aims.bundle.json");
        Files.write(bundle, ModelBundle.write(model, "com.example:credit-service", "2.1", null,
                "2026-11-01T00:00:00Z", check));

        JsonNode root = ModelBundle.JSON.readTree(bundle.toFile());
        assertThat(root.path("organisation").asText()).isEqualTo(ORG);
        assertThat(root.path("records")).extracting(record -> record.path("id").asText())
                .containsExactly("credit-limit");
        ServiceRelease release = ServiceRelease.read("com.example:credit-service:2.1", bundle);
        assertThat(release.released()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(release.organisation()).isEqualTo(ORG);
        assertThat(release.findings("ai-use-in-inventory")).isEqualTo(1);
        assertThat(release.findings("governed-code-reassessed")).isEqualTo(1);
        // A finding on the organisation's SoA is the organisation's, not the service's.
        assertThat(release.findings("soa-complete")).isZero();
        assertThat(release.version()).isEqualTo("2.1");
        assertThat(release.project()).isEqualTo("com.example:credit-service");
    }

    @Test
    void aFileThatIsNoBundleIsRefusedNamingIt(@TempDir Path base) throws IOException {
        Path file = Files.writeString(base.resolve("x-aims.bundle.json"), "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> ServiceRelease.read("g:x:1", file)).isInstanceOf(IOException.class)
                .hasMessageContaining("x-aims.bundle.json is not an AIMS bundle");
    }

    /** The valid fixture released as the organisation; the service adds one AI system owned by its role. */
    private AimsModel serviceModel(Path base) throws Exception {
        Path org = Path.of(ServiceReleaseTest.class.getResource("/unit/valid").toURI());
        AimsModel organisation = validation.validate(ValidationRequest.of(org)).model();
        Path orgBundle = base.resolve("aims-org-3.1.0-aims.bundle.json");
        Files.write(orgBundle, ModelBundle.write(organisation, "com.example:aims-org", "3.1.0"));
        Path service = Files.createDirectories(base.resolve("service/src/main/aims"));
        Files.writeString(service.resolve("credit.yaml"), """
                kind: AISystem
                id: credit-limit
                name: Credit limit model
                purpose: Proposes credit limits.
                owner: ml-lead
                lifecycleStage: inception
                provenance: internal
                """);
        ValidationResult result = validation.validate(new ValidationRequest(base.resolve("service"),
                List.of(new RecordSource("", base.resolve("service"), List.of(Path.of("src/main/aims")))),
                ReleaseService.organisation(ORG, orgBundle), LocalDate.of(2026, 11, 28), YamlLimits.defaults()));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    private static Violation violation(String rule, String kind, String id) {
        return new Violation(SourceLocation.startOf("x.yaml"), rule, Level.ERROR, kind, id, "found", "fix", "c");
    }
}
