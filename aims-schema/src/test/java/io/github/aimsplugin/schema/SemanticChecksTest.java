package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks beyond the schemas: each mistake made once in the complete fixture gives exactly one line. */
class SemanticChecksTest {

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("duplicate record id", "systems.yaml", "  dependencies: [\"dev.langchain4j:langchain4j-open-ai\"]\n",
                        "  dependencies: [\"dev.langchain4j:langchain4j-open-ai\"]\n---\nkind: AISystem\nid: scoring-model\n"
                                + "name: Copy\npurpose: Copy of the scoring model\nowner: ml-lead\nlifecycleStage: deployment\n"
                                + "provenance: internal\n",
                        "src/main/aims/systems.yaml:24:1: [AISystem scoring-model] duplicate AISystem id 'scoring-model',"
                                + " first declared at src/main/aims/systems.yaml:2:1; give each record its own id or merge the two (duplicate-id)"),
                Arguments.of("duplicate role id", "context.yaml", "[Owns models and their risks]\n",
                        "[Owns models and their risks]\n  - id: ceo\n    title: Deputy\n    responsibilities: [Stands in]\n",
                        "src/main/aims/context.yaml:37:5: [Policy ai-policy] duplicate role id 'ceo', first declared at"
                                + " src/main/aims/context.yaml:31:5; role ids must be unique across the project (duplicate-id)"),
                Arguments.of("risk names a missing system", "risks.yaml", "systems: [scoring-model]",
                        "systems: [scoring-modle]",
                        "src/main/aims/risks.yaml:4:11: [Risk R-001] systems[0] names AISystem 'scoring-modle', which is not"
                                + " declared; did you mean 'scoring-model'? (unknown-reference)"),
                Arguments.of("unknown Annex A control", "risks.yaml", "existingControls: [A.7.4]",
                        "existingControls: [A.7.1]",
                        "src/main/aims/risks.yaml:10:20: [Risk R-001] existingControls[0] 'A.7.1' is not an ISO/IEC 42001"
                                + " Annex A control (A.2.2 to A.10.4, 38 in all); did you mean 'A.7.2'? (unknown-control)"),
                Arguments.of("SoA decision for a control that does not exist", "soa.yaml", "id: A.10.4", "id: A.10.5",
                        "src/main/aims/soa.yaml:29:1: [Control A.10.5] id 'A.10.5' is not an ISO/IEC 42001 Annex A control"
                                + " (A.2.2 to A.10.4, 38 in all); did you mean 'A.10.4'? (unknown-control)"),
                Arguments.of("unknown Annex C risk source", "risks.yaml", "source: C.3.6", "source: C.3.9",
                        "src/main/aims/risks.yaml:24:1: [Risk R-002] source 'C.3.9' is not an Annex C risk source (C.3.1 to"
                                + " C.3.7); did you mean 'C.3.7'? (unknown-annex-c)"),
                Arguments.of("owner is not a declared role", "systems.yaml", "owner: ml-lead\nlifecycleStage: deployment",
                        "owner: ml-laed\nlifecycleStage: deployment",
                        "src/main/aims/systems.yaml:15:1: [AISystem letter-assistant] owner 'ml-laed' is not a role declared"
                                + " under 'roles' of a Policy record; did you mean 'ml-lead'? (unknown-role)"),
                Arguments.of("control names an unknown interested party", "soa.yaml", "interestedParties: [applicants]",
                        "interestedParties: [applicant]",
                        "src/main/aims/soa.yaml:26:21: [Control A.7.4] interestedParties[0] 'applicant' is not an interested"
                                + " party declared in a Scope record; did you mean 'applicants'? (unknown-reference)"),
                Arguments.of("action treats a missing risk", "soa.yaml", "risks: [R-001]\ncontrols: [A.5.4]",
                        "risks: [R-101]\ncontrols: [A.5.4]",
                        "src/main/aims/soa.yaml:36:9: [TreatmentAction TA-001] risks[0] names Risk 'R-101', which is not"
                                + " declared; did you mean 'R-001'? (unknown-reference)"),
                Arguments.of("evidence supports an unknown kind", "soa.yaml", "supports: [Control/A.2.2,",
                        "supports: [Contrl/A.2.2,",
                        "src/main/aims/soa.yaml:46:12: [Evidence EV-policy] supports[0] 'Contrl/A.2.2' names an unknown kind"
                                + " 'Contrl'; did you mean 'Control'?; write Kind/id, e.g. Control/A.6.2.4 (unknown-reference)"),
                Arguments.of("evidence supports a control that Annex A does not have", "soa.yaml",
                        "supports: [Control/A.2.2,", "supports: [Control/A.2.9,",
                        "src/main/aims/soa.yaml:46:12: [Evidence EV-policy] supports[0] 'Control/A.2.9' names no ISO/IEC"
                                + " 42001 Annex A control (A.2.2 to A.10.4, 38 in all); did you mean 'Control/A.2.4'?"
                                + " (unknown-control)"),
                Arguments.of("evidence file missing", "soa.yaml", "file: docs/evidence/ai-policy-signed.md",
                        "file: docs/evidence/ai-policy.md",
                        "src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file 'docs/evidence/ai-policy.md' does not"
                                + " exist (looked for docs/evidence/ai-policy.md); add the file or fix the path (evidence-file)"),
                Arguments.of("evidence file outside the project", "soa.yaml", "file: docs/evidence/ai-policy-signed.md",
                        "file: ../../etc/passwd",
                        "src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file '../../etc/passwd' lies outside the"
                                + " project directory; evidence must be kept inside the project (evidence-file)"),
                Arguments.of("evidence file absolute", "soa.yaml", "file: docs/evidence/ai-policy-signed.md",
                        "file: /etc/passwd",
                        "src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file '/etc/passwd' is absolute; write a"
                                + " path relative to the project directory (evidence-file)"),
                Arguments.of("evidence with file and url", "soa.yaml", "file: docs/evidence/ai-policy-signed.md",
                        "file: docs/evidence/ai-policy-signed.md\nurl: https://example.org/policy",
                        "src/main/aims/soa.yaml:46:1: [Evidence EV-policy] evidence has both 'file' and 'url'; keep one, and"
                                + " add a second Evidence record for the other (evidence-source)"),
                Arguments.of("assessment dated in the future", "risks.yaml", "assessedOn: 2026-03-01\nnextReview",
                        "assessedOn: 2027-03-01\nnextReview",
                        "src/main/aims/risks.yaml:17:1: [Risk R-001] assessedOn 2027-03-01 is in the future (today is"
                                + " 2026-11-28); record the date it actually happened (date-in-future)"),
                Arguments.of("rating outside the project's 3x3 scale", "risks.yaml", "residual: { likelihood: 1, severity: 3 }",
                        "residual: { likelihood: 1, severity: 4 }",
                        "src/main/aims/risks.yaml:14:28: [Risk R-001] residual.severity 4 is outside the severity scale 1..3"
                                + " of RiskCriteria criteria (risk-criteria)"),
                Arguments.of("matrix cell names an undeclared level", "criteria.yaml", "- [low, low, medium]",
                        "- [low, lo, medium]",
                        "src/main/aims/criteria.yaml:16:11: [RiskCriteria criteria] matrix cell 'lo' is not a declared level;"
                                + " did you mean 'low'? (risk-criteria)"),
                Arguments.of("matrix with a missing row", "criteria.yaml", "  - [medium, high, high]\n", "",
                        "src/main/aims/criteria.yaml:15:1: [RiskCriteria criteria] matrix has 2 rows but the likelihood scale"
                                + " has 3 levels; give one row per likelihood value, lowest first (risk-criteria)"),
                Arguments.of("threshold is not a level", "criteria.yaml", "acceptanceThreshold: medium",
                        "acceptanceThreshold: moderate",
                        "src/main/aims/criteria.yaml:19:1: [RiskCriteria criteria] acceptanceThreshold 'moderate' is not a"
                                + " declared level (risk-criteria)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGivesOneLocatedLine(String name, String file, String from, String to, String expected) {
        FixtureProject project = FixtureProject.copyOf("complete", dir).replace(file, from, to);

        assertThat(project.problems()).containsExactly(expected);
    }

    /** Whether the SoA decides on a control is soa-complete's business, not a reference problem. */
    @Test
    void evidenceForAControlWithoutADecisionIsNotAnUnknownReference() {
        FixtureProject project = FixtureProject.copyOf("complete", dir)
                .replace("soa.yaml", "supports: [Control/A.2.2,", "supports: [Control/A.8.2,");

        assertThat(project.problems()).isEmpty();
    }

    @Test
    void evidenceSymlinkPointingOutsideTheProjectIsRefused(@TempDir Path outside) throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        Path target = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(project.root.resolve("docs/evidence/link.md"), target);
        project.replace("soa.yaml", "file: docs/evidence/ai-policy-signed.md", "file: docs/evidence/link.md");

        assertThat(project.problems()).containsExactly("src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file"
                + " 'docs/evidence/link.md' is a link to a place outside the project directory (" + target.toRealPath()
                + "); copy the evidence into the project (evidence-file)");
    }

    @Test
    void evidenceThroughALinkAndDotDotIsJudgedWhereTheSystemWouldOpenIt(@TempDir Path outside) throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        // docs/evidence/decoy.txt exists inside, so a check of the normalised path would pass.
        Files.writeString(project.root.resolve("docs/evidence/decoy.txt"), "inside");
        Path elsewhere = Files.createDirectories(outside.resolve("a/b"));
        Files.writeString(outside.resolve("a/decoy.txt"), "outside");
        Files.createSymbolicLink(project.root.resolve("docs/evidence/lnk"), elsewhere);
        project.replace("soa.yaml", "file: docs/evidence/ai-policy-signed.md", "file: docs/evidence/lnk/../decoy.txt");

        assertThat(project.problems()).containsExactly("src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file"
                + " 'docs/evidence/lnk/../decoy.txt' is a link to a place outside the project directory ("
                + outside.resolve("a/decoy.txt").toRealPath() + "); copy the evidence into the project (evidence-file)");
    }

    @Test
    void aNamedPipeOrAFolderLinkInARecordFolderIsReportedWhereItIs() throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        Path aims = project.root.resolve("src/main/aims");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", aims.resolve("more.yaml").toString()).start().waitFor() == 0,
                "mkfifo is available");
        Files.createSymbolicLink(aims.resolve("folder-link"), project.root.resolve("docs"));

        assertThat(project.problems()).containsExactly(
                "src/main/aims/folder-link:1:1: a link to a folder inside a record folder is not followed; move the"
                        + " records into the folder itself (record-file)",
                "src/main/aims/more.yaml:1:1: record file is a named pipe, device or socket, not a regular file; keep"
                        + " records in plain files (record-file)");
    }

    @Test
    void evidenceThatIsANamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        FixtureProject project = FixtureProject.copyOf("complete", dir);
        Path fifo = project.root.resolve("docs/evidence/pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        project.replace("soa.yaml", "file: docs/evidence/ai-policy-signed.md", "file: docs/evidence/pipe.txt");

        assertThat(project.problems()).containsExactly("src/main/aims/soa.yaml:45:1: [Evidence EV-policy] evidence file"
                + " 'docs/evidence/pipe.txt' is a named pipe, device or socket, not a regular file; name a file"
                + " (evidence-file)");
    }

    @Test
    void secondRiskCriteriaIsRefusedWithBothLocations() {
        FixtureProject project = FixtureProject.copyOf("complete", dir)
                .append("criteria.yaml", "---\nkind: RiskCriteria\nid: other\nlikelihood: [{value: 1, label: a},"
                        + " {value: 2, label: b}]\nseverity: [{value: 1, label: a}, {value: 2, label: b}]\nlevels:"
                        + " [{id: low, label: Low}, {id: high, label: High}]\nmatrix: [[low, high], [high, high]]\n"
                        + "acceptanceThreshold: low\nreassessmentIntervalMonths: 6\n");

        assertThat(project.problems()).containsExactly("src/main/aims/criteria.yaml:22:1: [RiskCriteria other] a project"
                + " has one RiskCriteria record, and one is already declared at src/main/aims/criteria.yaml:1:1; merge"
                + " them (risk-criteria)");
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() {
        FixtureProject project = FixtureProject.copyOf("complete", dir)
                .replace("soa.yaml", "id: A.10.4", "id: A.10.9")
                .replace("risks.yaml", "source: C.3.6", "source: C.3.8")
                .replace("context.yaml", "approvedBy: ceo", "approvedBy: boss");

        assertThat(project.problems()).extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("src/main/aims/context.yaml:27:3", "src/main/aims/risks.yaml:24:1",
                        "src/main/aims/soa.yaml:29:1");
    }
}
