package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's fingerprint changes with every input of the site, and only with them. */
class InputFingerprintTest {

    @TempDir
    Path root;

    Path module;

    Path templates;

    @BeforeEach
    void project() throws IOException {
        module = Files.createDirectories(root.resolve("module"));
        Path records = Files.createDirectories(module.resolve("src/main/aims"));
        Files.writeString(records.resolve("risks.yaml"), "kind: Risk\nid: R-1\ntitle: Biased scores\n");
        Files.writeString(records.resolve("evidence.yaml"), """
                kind: Evidence
                id: EV-1
                file: docs/policy.md
                ---
                kind: Evidence
                id: EV-2
                file: "evidence/assurance report.md"   # outside docs/, quoted, with a comment
                ---
                kind: Evidence
                id: EV-3
                file: ../outside.md
                """);
        Files.writeString(Files.createDirectories(module.resolve("docs")).resolve("policy.md"), "policy");
        Files.writeString(Files.createDirectories(module.resolve("evidence")).resolve("assurance report.md"), "v1");
        Files.writeString(Files.createDirectories(module.resolve("src/main/java")).resolve("App.java"), "class App {}");
        Files.writeString(module.resolveSibling("outside.md"), "outside");
        templates = Files.createDirectories(module.resolve("src/site"));
        Files.writeString(templates.resolve("index.adoc.mustache"), "= {{title}}");
    }

    /** The evidence files the records name, as the site's stamp lists them after a build (SiteStamp). */
    private static final List<String> EVIDENCE = List.of("\tdocs/policy.md", "\tevidence/assurance report.md",
            "\t../outside.md");

    private String fingerprint() throws IOException {
        return new InputFingerprint().text("today", "2026-11-28")
                .records(module, List.of(Path.of("src/main/aims")))
                .directory(module, templates)
                .evidence(module, EVIDENCE)
                .hex();
    }

    @Test
    void isTheSha256OfItsLabelledInputs() {
        // SHA-256 of the bytes "a=b\n" (sha256sum).
        assertThat(new InputFingerprint().text("a", "b").hex())
                .isEqualTo("77e7ce77c707a8147bb65a710ac1af3fca02c8dd2be36762ec9611d90fb5c041");
    }

    @Test
    void sameInputsGiveTheSameFingerprint() throws IOException {
        assertThat(fingerprint()).hasSize(64).isEqualTo(fingerprint());
    }

    @Test
    void aChangedRecordChangesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(module.resolve("src/main/aims/risks.yaml"), "kind: Risk\nid: R-1\ntitle: Biased scores!\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aNewRecordFileChangesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(module.resolve("src/main/aims/more.yml"), "kind: Risk\nid: R-2\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aChangedTemplateChangesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(templates.resolve("index.adoc.mustache"), "= {{title}}\n\nReviewed yearly.");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aChangedEvidenceFileUnderDocsChangesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(module.resolve("docs/policy.md"), "policy, second edition");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aChangedEvidenceFileOutsideDocsChangesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(module.resolve("evidence/assurance report.md"), "v2");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aMissingEvidenceFileThatAppearsChangesIt() throws IOException {
        Files.delete(module.resolve("evidence/assurance report.md"));
        String before = fingerprint();
        Files.writeString(module.resolve("evidence/assurance report.md"), "v1");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void anotherDateChangesIt() throws IOException {
        String before = fingerprint();

        assertThat(new InputFingerprint().text("today", "2026-11-29")
                .records(module, List.of(Path.of("src/main/aims")))
                .directory(module, templates)
                .evidence(module, EVIDENCE)
                .hex()).isNotEqualTo(before);
    }

    @Test
    void filesTheSiteIsNotMadeOfDoNotChangeIt() throws IOException {
        String before = fingerprint();
        Files.writeString(module.resolve("src/main/java/App.java"), "class App { int changed; }");
        Files.writeString(module.resolveSibling("outside.md"), "read from outside the project: never");

        assertThat(fingerprint()).isEqualTo(before);
    }
}
