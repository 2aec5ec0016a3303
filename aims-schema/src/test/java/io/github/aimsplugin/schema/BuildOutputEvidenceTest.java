package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence the build writes (under target/) may be absent while records are validated early in the build. */
class BuildOutputEvidenceTest {

    @TempDir
    Path dir;

    private static String evidence(String file) {
        return "---\nkind: Evidence\nid: EV-built\ntitle: Built\nfile: " + file
                + "\nsupports: [AISystem/scoring-model]\ncollectedOn: 2026-11-01\n";
    }

    @Test
    void aMissingBuildOutputIsNotAProblemYet() {
        FixtureProject project = FixtureProject.copyOf("complete", dir)
                .append("soa.yaml", evidence("target/surefire-reports/TEST-Eval.xml"));
        assertThat(project.problems()).isEmpty();
        assertThat(EvidenceFiles.isBuildOutput("target/surefire-reports/TEST-Eval.xml")).isTrue();
        assertThat(EvidenceFiles.isBuildOutput("docs/../target/x.json")).isTrue();
        assertThat(EvidenceFiles.isBuildOutput("targets/x.json")).isFalse();
        assertThat(EvidenceFiles.isBuildOutput("../target/x.json")).isFalse();
    }

    @Test
    void aMissingSourceFileStillIs() {
        FixtureProject project = FixtureProject.copyOf("complete", dir).append("soa.yaml", evidence("docs/none.md"));
        assertThat(project.problems()).singleElement().asString().contains("evidence file 'docs/none.md' does not exist");
    }
}
