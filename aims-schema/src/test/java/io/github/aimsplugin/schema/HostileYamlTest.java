package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken YAML fails fast, with one located message and no exception. */
class HostileYamlTest {

    @TempDir
    Path dir;

    private FixtureProject project() {
        return FixtureProject.copyOf("complete", dir);
    }

    @Test
    void billionLaughsAliasBombIsRefusedAtTheFirstAlias() {
        StringBuilder bomb = new StringBuilder("kind: Scope\nid: lol\nx-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append("x-").append(c).append(": &").append(c).append(" [")
                    .append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
        }
        long start = System.nanoTime();
        var problems = project().write("bomb.yaml", bomb.toString()).problems();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/bomb.yaml"))
                .containsExactly("src/main/aims/bomb.yaml:3:6: YAML anchors ('&a') are not supported in AIMS records;"
                        + " write each value out in full (yaml-alias)");
    }

    @Test
    void aliasWithoutAnchorOnItsValueIsRefusedToo() {
        var problems = project().write("alias.yaml", "kind: Scope\nid: s\nx-a: &name plain\nx-b: *name\n").problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/alias.yaml"))
                .singleElement().asString().contains("(yaml-alias)");
    }

    @Test
    void twoHundredLevelsOfNestingAreRefused() {
        String deep = "kind: Scope\nid: deep\nx-deep: " + "[".repeat(200) + "]".repeat(200) + "\n";

        var problems = project().write("deep.yaml", deep).problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/deep.yaml"))
                .singleElement().asString()
                .contains("nesting deeper than 32 levels")
                .endsWith("(yaml-limit)");
    }

    @Test
    void twentyMegabyteFileIsRefusedBeforeParsing() throws Exception {
        FixtureProject project = project();
        Path big = project.aims("big.yaml");
        Files.writeString(big, "kind: Scope\nid: big\nx-padding: \"" + "x".repeat(20 * 1024 * 1024) + "\"\n");

        var problems = project.problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/big.yaml"))
                .containsExactly("src/main/aims/big.yaml:1:1: file is " + Files.size(big) + " bytes, more than the limit"
                        + " of 4194304 bytes; split it into smaller files or raise aims.maxFileBytes (yaml-limit)");
    }

    @Test
    void syntaxErrorIsLocated() {
        var problems = project().write("broken.yaml", "kind: Risk\nid: R-9\n  title: [unclosed\n").problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/broken.yaml"))
                .singleElement().asString()
                .startsWith("src/main/aims/broken.yaml:3:")
                .contains("invalid YAML")
                .endsWith("(yaml-syntax)");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        var problems = project().write("dup.yaml", "kind: Scope\nid: s\nid: t\n").problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/dup.yaml"))
                .containsExactly("src/main/aims/dup.yaml:3:1: duplicate key 'id' (first at line 2); keep one (yaml-duplicate-key)");
    }

    @Test
    void documentsThatAreNotMappingsOrHaveNoKindAreNamed() {
        var problems = project().write("odd.yaml", "- a list\n---\njust text\n---\nid: no-kind\n---\nkind: Rsik\nid: R-1\n---\n")
                .problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/odd.yaml")).containsExactly(
                "src/main/aims/odd.yaml:1:1: a record must be a YAML mapping with 'kind' and 'id', but this document is a sequence (record-shape)",
                "src/main/aims/odd.yaml:3:1: a record must be a YAML mapping with 'kind' and 'id', but this document is a single value ('just text') (record-shape)",
                "src/main/aims/odd.yaml:5:1: record has no 'kind'; add 'kind:' with one of Scope, Policy, RiskCriteria, AISystem, Risk, ImpactAssessment, Control, TreatmentAction, Evidence, Objective, Monitoring, Audit, ManagementReview, Nonconformity (record-shape)",
                "src/main/aims/odd.yaml:7:1: unknown kind 'Rsik'; did you mean 'Risk'? Known kinds: Scope, Policy, RiskCriteria, AISystem, Risk, ImpactAssessment, Control, TreatmentAction, Evidence, Objective, Monitoring, Audit, ManagementReview, Nonconformity (unknown-kind)");
    }

    @Test
    void symlinkedRecordFileLeadingOutsideTheProjectIsNotRead(@TempDir Path outside) throws Exception {
        FixtureProject project = project();
        Path secret = Files.writeString(outside.resolve("secret.yaml"), "kind: Scope\nid: stolen\n");
        Files.createSymbolicLink(project.aims("linked.yaml"), secret);

        ValidationResult result = project.validate();

        assertThat(result.model().find("Scope", "stolen")).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "src/main/aims/linked.yaml:1:1: record file is a link to a place outside the project directory;"
                        + " keep records inside the project (record-file)");
    }

    @Test
    void notUtf8TextIsNamedAsSuch() throws Exception {
        FixtureProject project = project();
        Files.write(project.aims("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        assertThat(project.problems()).filteredOn(line -> line.startsWith("src/main/aims/latin1.yaml"))
                .containsExactly("src/main/aims/latin1.yaml:1:1: file is not UTF-8 text; save it as UTF-8 (binary files"
                        + " do not belong in the records folder) (yaml-syntax)");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        ValidationResult result = project().write("crlf.yaml",
                "\uFEFFkind: Scope\r\nid: crlf\r\norganisation: X\r\nstatement: Y\r\naiRoles: [user]\r\n").validate();

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().find("Scope", "crlf")).isPresent();
    }

    @Test
    void tagsComplexKeysAndNonTextKindsAreRefusedPlainly() {
        var problems = project()
                .write("tags.yaml", "kind: Scope\nid: t\norganisation: !!binary aGVsbG8=\n")
                .write("key.yaml", "? [a, b]\n: value\n")
                .write("kind.yaml", "kind: [Scope]\nid: k\n")
                .problems();

        assertThat(problems).filteredOn(line -> !line.startsWith("src/main/aims/context")).containsExactly(
                "src/main/aims/key.yaml:1:4: invalid YAML: a key must be plain text, not a sequence or a mapping (yaml-syntax)",
                "src/main/aims/kind.yaml:1:1: 'kind' must be a single name, one of Scope, Policy, RiskCriteria, AISystem,"
                        + " Risk, ImpactAssessment, Control, TreatmentAction, Evidence, Objective, Monitoring, Audit, ManagementReview, Nonconformity (record-shape)",
                "src/main/aims/tags.yaml:3:15: YAML tags such as !!binary are not supported in AIMS records; write plain"
                        + " text (yaml-syntax)");
    }

    @Test
    void allMissingFieldsOfARecordAreListedOnOneLine() {
        var problems = project().write("thin.yaml", "kind: TreatmentAction\nid: TA-9\naction: Do it.\n").problems();

        assertThat(problems).filteredOn(line -> line.startsWith("src/main/aims/thin.yaml")).containsExactly(
                "src/main/aims/thin.yaml:1:1: [TreatmentAction TA-9] missing required fields 'due', 'owner', 'risks',"
                        + " 'status' (schema: /required)");
    }
}
