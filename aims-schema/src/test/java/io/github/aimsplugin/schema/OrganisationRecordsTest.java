package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service checked against its organisation's released records (aims.organisation): the organisation's Scope,
 * Policy with its roles, RiskCriteria and SoA come from its bundle, read-only; the service adds its systems and
 * risks, and may not redefine an organisation record nor hold a kind that exists once per AIMS.
 */
class OrganisationRecordsTest {

    private static final String ORG = "com.example:aims-org:3.1";
    private static final String FILE = "aims-org-3.1-aims.bundle.json";

    @TempDir
    Path org;

    @TempDir
    Path service;

    private List<BundledRecord> organisation;

    @BeforeEach
    void releaseTheCompleteProjectAsTheOrganisation() throws IOException {
        FixtureProject.copyOf("complete", org);
        ValidationResult released = new AimsValidator().validate(ValidationRequest.of(org));
        assertThat(released.problems()).isEmpty();
        organisation = new ArrayList<>();
        for (LoadedRecord record : released.model().records()) {
            organisation.add(new BundledRecord(ORG, FILE, organisation.size(), record.kind().name(), record.id(),
                    (ObjectNode) record.source().root(), true));
        }
        Files.createDirectories(service.resolve("src/main/aims"));
    }

    @Test
    void aServiceWithoutScopePolicyCriteriaOrSoaUsesTheOrganisationsRecords() throws IOException {
        write("""
                kind: AISystem
                id: credit-limit
                name: Credit limit model
                purpose: Proposes credit limits.
                owner: ml-lead
                lifecycleStage: operation-and-monitoring
                provenance: internal
                ---
                kind: Risk
                id: CR-1
                title: Limits too high
                systems: [credit-limit]
                source: C.3.4
                objectives: [C.2.5]
                scenario: Thin files.
                consequences: Over-indebtedness.
                inherent: { likelihood: 3, severity: 3 }
                treatment: { option: mitigate, controls: [A.7.4] }
                residual: { likelihood: 1, severity: 2 }
                owner: ml-lead
                status: treated
                assessedOn: 2026-06-01
                """);

        ValidationResult result = validate();

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().defaultCriteria()).isFalse();
        assertThat(result.model().find("Policy", "ai-policy").orElseThrow().origin().organisation()).isTrue();
        assertThat(result.model().find("AISystem", "credit-limit").orElseThrow().origin().organisation()).isFalse();
    }

    @Test
    void anUnknownRoleAndALevelTheCriteriaDoNotDefineAreReported() throws IOException {
        write("""
                kind: AISystem
                id: credit-limit
                name: Credit limit model
                purpose: Proposes credit limits.
                owner: credit-lead
                lifecycleStage: operation-and-monitoring
                provenance: internal
                ---
                kind: Risk
                id: CR-1
                title: Limits too high
                systems: [credit-limit]
                source: C.3.4
                objectives: [C.2.5]
                scenario: Thin files.
                consequences: Over-indebtedness.
                inherent: { likelihood: 5, severity: 3 }
                treatment: { option: avoid }
                owner: ml-lead
                status: identified
                assessedOn: 2026-06-01
                """);

        List<String> lines = validate().problems().stream().map(Problem::format).toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[AISystem credit-limit]", "credit-lead",
                "(unknown-role)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[Risk CR-1]", "likelihood", "5"));
    }

    @Test
    void aServiceRecordWithAnOrganisationIdNamesBothAndASecondSoaDecisionIsRefused() throws IOException {
        write("""
                kind: AISystem
                id: scoring-model
                name: Our own model under the organisation's id
                purpose: Scores.
                owner: ml-lead
                lifecycleStage: inception
                provenance: internal
                ---
                kind: Control
                id: A.6.2.4
                applicable: true
                owner: ml-lead
                status: implemented
                implementation: The service decides this control on its own.
                justification: The service decides this control on its own.
                """);

        List<String> lines = validate().problems().stream().map(Problem::format).toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("src/main/aims/service.yaml:2:1: [AISystem"
                + " scoring-model] redefines the organisation's AISystem 'scoring-model' (" + FILE + "#/records/").contains(
                        " in " + ORG + ")", "(organisation-record)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[Control A.6.2.4] a Statement of"
                + " Applicability decision (Control) belongs to the organisation (" + ORG + ")",
                "(organisation-record)"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("(duplicate-id)"));
    }

    @Test
    void withoutAnOrganisationAServiceMayHoldItsOwnPolicyAndSoa() {
        FixtureProject.copyOf("complete", service);
        assertThat(new AimsValidator().validate(ValidationRequest.of(service)).problems()).isEmpty();
    }

    private void write(String records) throws IOException {
        Files.writeString(service.resolve("src/main/aims/service.yaml"), records);
    }

    private ValidationResult validate() {
        return new AimsValidator().validate(new ValidationRequest(service,
                List.of(new RecordSource("", service, List.of(Path.of("src/main/aims")))), organisation,
                FixtureProject.TODAY, YamlLimits.defaults()));
    }
}
