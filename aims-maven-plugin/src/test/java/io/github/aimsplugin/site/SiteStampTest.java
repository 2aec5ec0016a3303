package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date check covers every evidence file the records name, wherever it is kept, read as the check reads it. */
class SiteStampTest {

    @TempDir
    Path project;

    @Test
    void theStampListsEveryEvidenceFileOfTheModelAndReadsBack() throws IOException {
        ValidationResult result = projectWithEvidenceIn("evidence/report.md");

        List<String> evidence = SiteStamp.evidenceOf(project, result.model());
        assertThat(evidence).containsExactly("\tevidence/report.md");
        Path site = Files.createDirectories(project.resolve("target/aims-site"));
        Files.writeString(site.resolve(SiteStamp.FILE), new SiteStamp("abc", evidence).text());
        assertThat(SiteStamp.read(site)).contains(new SiteStamp("abc", evidence));
    }

    @Test
    void editingAnEvidenceFileOutsideDocsChangesTheFingerprint() throws IOException {
        ValidationResult result = projectWithEvidenceIn("evidence/report.md");
        List<String> evidence = SiteStamp.evidenceOf(project, result.model());
        InputFingerprint inputs = new InputFingerprint().text("plugin", "1");

        String before = inputs.copy().evidence(project, evidence).hex();
        String again = inputs.copy().evidence(project, evidence).hex();
        Files.writeString(project.resolve("evidence/report.md"), "signed again");
        String after = inputs.copy().evidence(project, evidence).hex();

        assertThat(again).isEqualTo(before);
        assertThat(after).isNotEqualTo(before);
        assertThat(inputs.copy().evidence(project, List.of()).hex()).isNotEqualTo(before);
    }

    @Test
    void aListedFileThatBecameAPipeOrLeftTheProjectIsNotOpened(@TempDir Path outside) throws Exception {
        ValidationResult result = projectWithEvidenceIn("evidence/report.md");
        List<String> evidence = SiteStamp.evidenceOf(project, result.model());
        Files.delete(project.resolve("evidence/report.md"));
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo",
                project.resolve("evidence/report.md").toString()).start().waitFor() == 0, "mkfifo is available");

        // Finishes at once: a pipe is described, never read.
        String pipe = new InputFingerprint().evidence(project, evidence).hex();
        String escaping = new InputFingerprint().evidence(project, List.of("../" + outside.getFileName() + "\tx")).hex();

        assertThat(pipe).hasSize(64);
        assertThat(escaping).hasSize(64);
    }

    @Test
    void aChangedGovernedPathOutsideTheSourceRootsChangesTheFingerprint() throws IOException {
        Path module = project.resolve("module"); // "../elsewhere" stays inside the test's folder
        Path records = Files.createDirectories(module.resolve("src/main/aims"));
        Path scripts = Files.createDirectories(module.resolve("tools/training"));
        Files.writeString(scripts.resolve("train.py"), "fit()\n");
        Files.writeString(records.resolve("systems.yaml"), """
                kind: AISystem
                id: scoring
                name: Scoring
                purpose: Scores loan applications
                owner: ml-lead
                lifecycleStage: operation-and-monitoring
                provenance: internal
                components:
                  code: [com.example.scoring, tools/training, ../elsewhere]
                """);
        ValidationResult result = new AimsValidator().validate(ValidationRequest.of(module));

        List<String> governed = SiteStamp.governedOf(module, result.model());
        assertThat(governed).containsExactly(SiteStamp.GOVERNED + "\ttools/training", SiteStamp.GOVERNED + "\t../elsewhere");
        InputFingerprint inputs = new InputFingerprint().text("plugin", "1");
        String before = inputs.copy().evidence(module, governed).hex();
        String again = inputs.copy().evidence(module, governed).hex();
        Files.writeString(scripts.resolve("train.py"), "fit(epochs=3)\n");
        String edited = inputs.copy().evidence(module, governed).hex();
        Files.writeString(scripts.resolve("evaluate.py"), "score()\n");
        String added = inputs.copy().evidence(module, governed).hex();

        assertThat(again).isEqualTo(before);
        assertThat(edited).isNotEqualTo(before);
        assertThat(added).isNotEqualTo(edited);
        // the stamp reads it back, and a path out of the module is named, never looked at
        Path site = Files.createDirectories(module.resolve("target/aims-site"));
        Files.writeString(site.resolve(SiteStamp.FILE), new SiteStamp("abc", governed).text());
        assertThat(SiteStamp.read(site)).contains(new SiteStamp("abc", governed));
        Files.writeString(Files.createDirectories(project.resolve("elsewhere")).resolve("x"), "x");
        assertThat(inputs.copy().evidence(module, governed).hex()).isEqualTo(added);
    }

    private ValidationResult projectWithEvidenceIn(String file) throws IOException {
        Path records = Files.createDirectories(project.resolve("src/main/aims"));
        Files.createDirectories(project.resolve(file).getParent());
        Files.writeString(project.resolve(file), "signed");
        Files.writeString(records.resolve("evidence.yaml"), """
                kind: Evidence
                id: EV-1
                title: Signed report
                file: %s
                supports: [Policy/p]
                collectedOn: 2026-02-01
                """.formatted(file));
        return new AimsValidator().validate(ValidationRequest.of(project));
    }
}
