package io.github.aimsplugin.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.release.ModelBundle;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service checked against its organisation's records (aims.organisation) is scaffolded as its inventory alone: no
 * Scope, Policy, criteria or SoA of its own (rule organisation-record), an owner among the organisation's roles, no
 * id the organisation uses; and the scaffold validates against the organisation's records.
 */
class AimsScaffoldOrganisationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String COORDINATES = "com.example:aims-org:3.1";
    private static final List<DependencyPath> SDK = List.of(new DependencyPath(List.of(
            new DependencyPath.Coordinate("acme", "app", "1.0"),
            new DependencyPath.Coordinate("dev.langchain4j", "langchain4j-open-ai", "1.19.0"))));

    /** The governance repository's records, released as a bundle and read back as aims.organisation reads it. */
    private static List<BundledRecord> organisation(Path directory) throws Exception {
        Path records = directory.resolve("src/main/aims");
        Files.createDirectories(records);
        Files.writeString(records.resolve("context.yaml"), """
                kind: Scope
                id: scope
                organisation: Example Ltd
                statement: The AIMS covers every service.
                aiRoles: [provider]
                ---
                kind: Policy
                id: ai-policy
                title: AI policy
                statement: We use AI responsibly.
                approval: { approvedBy: ceo, approvedOn: 2026-01-10 }
                reviewIntervalMonths: 12
                roles:
                  - { id: ceo, title: Chief executive, responsibilities: [Approves the policy] }
                  - { id: ml-lead, title: ML lead, responsibilities: [Owns the models] }
                ---
                kind: AISystem
                id: langchain4j
                name: The organisation's own assistant
                purpose: Answers staff questions.
                owner: ml-lead
                lifecycleStage: operation-and-monitoring
                provenance: internal
                """);
        Path bundle = directory.resolve("aims-org-3.1-aims.bundle.json");
        ValidationResult released = new AimsValidator().validate(new ValidationRequest(directory,
                List.of(Path.of("src/main/aims")), TODAY, YamlLimits.defaults()));
        assertThat(released.problems()).isEmpty();
        Files.write(bundle, ModelBundle.write(released.model(), "com.example:aims-org", "3.1"));
        return ModelBundle.records(bundle, COORDINATES, true);
    }

    @Test
    void aServiceIsScaffoldedAsItsInventoryOwnedByAnOrganisationRoleAndValidatesAgainstIt(@TempDir Path directory)
            throws Exception {
        List<BundledRecord> theirs = organisation(directory.resolve("governance"));
        Path project = directory.resolve("service");
        Path records = project.resolve("src/main/aims");

        List<AimsScaffold.Outcome> outcomes = new AimsScaffold(project, records)
                .against(OrganisationRecords.of(COORDINATES, theirs))
                .write("Example Ltd", TODAY, SDK, Catalogs.builtIn());

        assertThat(outcomes).filteredOn(outcome -> !outcome.leftTo().isEmpty())
                .extracting(outcome -> outcome.file().getFileName().toString(), AimsScaffold.Outcome::written)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("context.yaml", false),
                        org.assertj.core.groups.Tuple.tuple("risk-criteria.yaml", false),
                        org.assertj.core.groups.Tuple.tuple("statement-of-applicability.yaml", false));
        assertThat(records.resolve("context.yaml")).doesNotExist();
        assertThat(records.resolve("risk-criteria.yaml")).doesNotExist();
        assertThat(records.resolve("statement-of-applicability.yaml")).doesNotExist();
        String systems = Files.readString(records.resolve("systems.yaml"));
        assertThat(systems).contains("\nid: langchain4j-2\n", "\nowner: ceo\n").doesNotContain("ai-governance-lead");
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(project,
                List.of(new RecordSource("", project, List.of(Path.of("src/main/aims")))), theirs, TODAY,
                YamlLimits.defaults()));
        assertThat(validated.problems()).isEmpty();
        assertThat(validated.model().records()).filteredOn(record -> !record.origin().organisation())
                .extracting(record -> record.id()).containsExactly("langchain4j-2");
    }

    @Test
    void aRoleIdOfTheBundleIsWrittenOnlyWhenItIsAnId() {
        com.fasterxml.jackson.databind.node.ObjectNode policy = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        policy.putArray("roles").add(policy.objectNode().put("id", "bad role\nkind: Evil"))
                .add(policy.objectNode().put("id", "ml-lead"));

        OrganisationRecords read = OrganisationRecords.of(COORDINATES, List.of(new BundledRecord(COORDINATES,
                "b.json", 0, "Policy", "ai-policy", policy, true)));

        assertThat(read.roles()).containsExactly("ml-lead");
        assertThat(read.owner()).isEqualTo("ml-lead");
        assertThat(read.freeId("ai-policy")).isEqualTo("ai-policy-2");
    }

    @Test
    void withoutAnOrganisationTheWholeAimsIsScaffolded(@TempDir Path project) throws Exception {
        List<AimsScaffold.Outcome> outcomes = new AimsScaffold(project, project.resolve("src/main/aims"))
                .write("Acme", TODAY, SDK, Catalogs.builtIn());

        assertThat(outcomes).allMatch(outcome -> outcome.leftTo().isEmpty() && outcome.written());
        assertThat(Files.readString(project.resolve("src/main/aims/systems.yaml")))
                .contains("\nid: langchain4j\n", "\nowner: ai-governance-lead\n");
    }
}
