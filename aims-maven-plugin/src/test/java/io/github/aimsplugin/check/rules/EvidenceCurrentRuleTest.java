package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCurrentRuleTest {

    private final EvidenceCurrentRule rule = new EvidenceCurrentRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void evidenceTheBuildProducedCounts(@TempDir Path dir) throws Exception {
        RuleFixture fixture = RuleFixture.failing("evidence-current", dir);
        java.nio.file.Files.createDirectories(dir.resolve("target/surefire-reports"));
        java.nio.file.Files.writeString(dir.resolve("target/surefire-reports/TEST-FairnessTest.xml"), "<testsuite/>");
        assertThat(fixture.run(rule)).noneMatch(line -> line.contains("A.8.5")).hasSize(2);
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("evidence-current", dir).run(rule)).containsExactly(
                "src/main/aims/soa-2.yaml:80:1: [Control A.8.5] control A.8.5 is implemented but none of its evidence"
                        + " counts today: EV-test-report (target/surefire-reports/TEST-FairnessTest.xml) was not produced"
                        + " by this build (today is 2026-11-28); fix: collect new evidence (a new evaluation, test report"
                        + " or review) and list it under evidence, or set status to planned (evidence-current)",
                "src/main/aims/soa-2.yaml:98:1: [Control A.9.3] control A.9.3 is implemented but none of its evidence"
                        + " counts today: EV-eval expired on 2026-09-01 (evaluation evidence counts 6 months) (today is"
                        + " 2026-11-28); fix: collect new evidence (a new evaluation, test report or review) and list it"
                        + " under evidence, or set status to planned (evidence-current)",
                "src/main/aims/soa-2.yaml:107:1: [Control A.9.4] control A.9.4 is implemented but none of its evidence"
                        + " counts today: EV-old expired on 2026-10-31 (validUntil); EV-eval expired on 2026-09-01 (evaluation"
                        + " evidence counts 6 months) (today is 2026-11-28); fix: collect new evidence (a new"
                        + " evaluation, test report or review) and list it under evidence, or set status to planned"
                        + " (evidence-current)");
    }
}
