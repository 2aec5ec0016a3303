package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records of several modules (and of released bundles) validated as one AIMS: organisation-wide records in the root
 * module, AI systems and the evidence that goes with them in a module of their own.
 */
class AggregateValidationTest {

    private static final Path AIMS = Path.of("src/main/aims");

    @TempDir
    Path root;

    @BeforeEach
    void splitTheCompleteProjectIntoTwoModules() throws IOException {
        FixtureProject.copyOf("complete", root);
        Path scoring = Files.createDirectories(root.resolve("scoring/src/main/aims"));
        Files.move(root.resolve("src/main/aims/systems.yaml"), scoring.resolve("systems.yaml"));
        // The SoA's evidence file lives beside the module's records, and is named relative to that module.
        Files.move(root.resolve("src/main/aims/soa.yaml"), scoring.resolve("soa.yaml"));
        Files.move(root.resolve("docs"), root.resolve("scoring/docs"));
    }

    @Test
    void modulesValidateAsOneAimsWithEvidenceResolvedInTheirOwnModule() {
        ValidationResult result = validate(List.of(module("", "."), module("scoring", "scoring")), List.of());

        assertThat(result.problems()).isEmpty();
        LoadedRecord system = result.model().find("AISystem", "scoring-model").orElseThrow();
        assertThat(system.location().file()).isEqualTo("scoring/src/main/aims/systems.yaml");
        assertThat(system.origin().module()).isEqualTo("scoring");
        assertThat(system.origin().baseDirectory()).isEqualTo(root.resolve("scoring").toAbsolutePath().normalize());
        assertThat(result.model().find("Scope", "aims-scope").orElseThrow().origin().module()).isEmpty();
        assertThat(result.files()).isEqualTo(7);
    }

    @Test
    void theSameFilesReadAsOneModuleLookForTheEvidenceInTheWrongPlace() {
        ValidationResult result = new AimsValidator().validate(new ValidationRequest(root,
                List.of(AIMS, Path.of("scoring/src/main/aims")), FixtureProject.TODAY, YamlLimits.defaults()));

        assertThat(result.problems()).map(Problem::format).singleElement().asString()
                .contains("scoring/src/main/aims/soa.yaml:45:1: [Evidence EV-policy]", "does not exist");
    }

    @Test
    void idsAreUniqueAcrossModulesAndBothPlacesAreNamed() throws IOException {
        Path letters = Files.createDirectories(root.resolve("letters/src/main/aims"));
        Files.writeString(letters.resolve("systems.yaml"), """
                kind: AISystem
                id: scoring-model
                name: A second scoring model
                purpose: Copied from the scoring module by mistake.
                owner: ml-lead
                lifecycleStage: inception
                provenance: internal
                """);

        ValidationResult result = validate(
                List.of(module("", "."), module("scoring", "scoring"), module("letters", "letters")), List.of());

        assertThat(result.problems()).map(Problem::format).singleElement().asString()
                .contains("[AISystem scoring-model] duplicate AISystem id 'scoring-model', first declared at",
                        "letters/src/main/aims/systems.yaml:2:1", "scoring/src/main/aims/systems.yaml:2:1",
                        "(duplicate-id)");
    }

    @Test
    void recordsOfReleasedBundlesJoinTheChecksAcrossRecords() {
        ObjectNode system = json("""
                {"kind": "AISystem", "id": "fraud-screen", "name": "Fraud screening",
                 "purpose": "Flags suspicious applications.", "owner": "ml-lead",
                 "lifecycleStage": "operation-and-monitoring", "provenance": "embedded-saas",
                 "supplier": {"name": "Example Fraud Ltd"}}""");
        ObjectNode evidence = json("""
                {"kind": "Evidence", "id": "EV-fraud", "title": "Supplier assurance report",
                 "file": "docs/assurance.pdf", "supports": ["AISystem/fraud-screen"], "collectedOn": "2026-05-01"}""");
        ObjectNode risk = json("""
                {"kind": "Risk", "id": "R-900", "title": "Screening drifts", "systems": ["no-such-system"],
                 "source": "C.3.4", "objectives": ["C.2.1"], "scenario": "Fraud patterns change.",
                 "consequences": "Missed fraud.", "inherent": {"likelihood": 2, "severity": 2},
                 "treatment": {"option": "avoid"}, "owner": "ml-lead", "status": "identified",
                 "assessedOn": "2026-05-01"}""");
        String file = "fraud-service-2.0-aims.bundle.json";
        List<BundledRecord> bundled = List.of(
                new BundledRecord("com.example:fraud-service:2.0", file, 0, "AISystem", "fraud-screen", system),
                new BundledRecord("com.example:fraud-service:2.0", file, 1, "Evidence", "EV-fraud", evidence),
                new BundledRecord("com.example:fraud-service:2.0", file, 2, "Risk", "R-900", risk),
                new BundledRecord("com.example:fraud-service:2.0", file, 3, "Spaceship", "S-1", json("{}")));

        ValidationResult result = validate(List.of(module("", "."), module("scoring", "scoring")), bundled);

        LoadedRecord loaded = result.model().find("AISystem", "fraud-screen").orElseThrow();
        assertThat(loaded.origin().isReleased()).isTrue();
        assertThat(loaded.origin().module()).isEqualTo("com.example:fraud-service:2.0");
        assertThat(result.model().all(RecordKinds.AI_SYSTEM)).hasSize(3);
        assertThat(result.problems()).map(Problem::format).containsExactly(
                file + "#/records/2:1:1: [Risk R-900] systems[0] names AISystem 'no-such-system', which is not"
                        + " declared (unknown-reference)",
                file + "#/records/3:1:1: released bundle com.example:fraud-service:2.0 holds a record of kind"
                        + " 'Spaceship' that this plugin version does not know; use the plugin version that released"
                        + " it or a newer one (bundle-record)");
    }

    @Test
    void aBundleRecordIsCheckedAgainstItsSchemaAsStrictlyAsAFile() {
        ObjectNode control = json("""
                {"kind": "Control", "id": "A.6.2.4", "applicable": true, "owner": "ml-lead",
                 "status": "x]#pass:[<img src=x onerror=alert(1)>]# [.y", "implementation": "Tested."}""");
        ObjectNode policy = json("""
                {"kind": "Policy", "id": "P-1\\n[INFO] BUILD SUCCESS", "title": "a\\n++++\\nb",
                 "statement": "x", "approval": {"approvedBy": "ceo", "approvedOn": "2026-01-01"},
                 "reviewIntervalMonths": 12}""");
        String file = "svc-1.0-aims.bundle.json";
        List<BundledRecord> bundled = List.of(
                new BundledRecord("g:svc:1.0", file, 0, "Control", "A.6.2.4", control),
                new BundledRecord("g:svc:1.0", file, 1, "Policy", "P-1\n[INFO] BUILD SUCCESS", policy));

        ValidationResult result = validate(List.of(module("", "."), module("scoring", "scoring")), bundled);

        assertThat(result.model().find("Control", "A.6.2.4").filter(LoadedRecord::isValid)).isEmpty();
        List<String> lines = result.problems().stream().map(Problem::format).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(file + "#/records/0:1:1: [Control A.6.2.4]"
                + " status does not have a value in the enumeration").contains("(in released bundle g:svc:1.0;",
                        "(schema: /properties/status)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(file + "#/records/1:1:1: [Policy P-1\\n[INFO]"
                + " BUILD SUCCESS] id does not match the regex pattern"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[Policy P-1\\n[INFO] BUILD SUCCESS] title",
                "expected a short text on one line"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n[INFO]\n", "\n"));
    }

    @Test
    void aReleasedEvidencePathMustStillBeARelativePathOfItsModule() {
        ObjectNode absolute = json("""
                {"kind": "Evidence", "id": "BEV-1", "title": "Not ours", "file": "/etc/passwd",
                 "supports": ["Policy/ai-policy"], "collectedOn": "2026-05-01"}""");
        ObjectNode climbing = json("""
                {"kind": "Evidence", "id": "BEV-2", "title": "Not ours either", "file": "../../.ssh/id_rsa",
                 "supports": ["Policy/ai-policy"], "collectedOn": "2026-05-01"}""");
        String file = "svc-1.0-aims.bundle.json";
        List<BundledRecord> bundled = List.of(new BundledRecord("g:svc:1.0", file, 0, "Evidence", "BEV-1", absolute),
                new BundledRecord("g:svc:1.0", file, 1, "Evidence", "BEV-2", climbing));

        ValidationResult result = validate(List.of(module("", "."), module("scoring", "scoring")), bundled);

        assertThat(result.problems()).map(Problem::format).containsExactly(
                file + "#/records/0:1:1: [Evidence BEV-1] evidence file '/etc/passwd' is absolute; write a path"
                        + " relative to the project directory (evidence-file)",
                file + "#/records/1:1:1: [Evidence BEV-2] evidence file '../../.ssh/id_rsa' lies outside the project"
                        + " directory; evidence must be kept inside the project (evidence-file)");
    }

    @Test
    void aModuleOutsideTheAggregateDirectoryIsRefused() {
        Path elsewhere = root.resolve("..").normalize().resolve("elsewhere");
        assertThatThrownBy(() -> validate(List.of(new RecordSource("x", elsewhere, List.of(AIMS))), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies outside");
    }

    private ValidationResult validate(List<RecordSource> sources, List<BundledRecord> bundled) {
        return new AimsValidator().validate(new ValidationRequest(root, sources, bundled, FixtureProject.TODAY,
                YamlLimits.defaults()));
    }

    private RecordSource module(String name, String directory) {
        return new RecordSource(name, root.resolve(directory), List.of(AIMS));
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
