package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoaCompleteRuleTest {

    private final SoaCompleteRule rule = new SoaCompleteRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("soa-complete", dir).run(rule)).containsExactly(
                "src/main/aims/soa-1.yaml:1:1: [Control A.7.2] Annex A control A.7.2 (Data management for development defined) has no decision in the Statement of Applicability; fix: add a Control record with id A.7.2, applicable true or false, and a justification (soa-complete)");
    }

    @Test
    void aControlThatEvidenceNamesButTheSoaDoesNotDecideIsReportedHereNotAsAnUnknownReference(
            @TempDir Path dir) throws IOException {
        RuleFixture fixture = RuleFixture.failing("soa-complete", dir);
        Path evidence = fixture.root().resolve("src/main/aims/evidence.yaml");
        Files.writeString(evidence, Files.readString(evidence).replace("supports: [Policy/ai-policy]",
                "supports: [Policy/ai-policy, Control/A.7.2]"));

        assertThat(fixture.validate().problems()).isEmpty();
        assertThat(fixture.run(rule)).singleElement().asString()
                .contains("[Control A.7.2] Annex A control A.7.2 (Data management for development defined) has no"
                        + " decision in the Statement of Applicability;")
                .endsWith("(soa-complete)").doesNotContain("did you mean");
    }

    @Test
    void anUndecidedControlLeftCommentedOutByAimsInitIsPointedAt(@TempDir Path dir) throws IOException {
        RuleFixture fixture = RuleFixture.failing("soa-complete", dir);
        Files.writeString(fixture.root().resolve("src/main/aims/soa-todo.yaml"), """
                # Statement of Applicability, as aims:init scaffolds it
                #---
                #kind: Control
                #id: A.7.2   # Data management for development defined
                #applicable: true
                """);

        assertThat(fixture.run(rule)).containsExactly(
                "src/main/aims/soa-todo.yaml:4:1: [Control A.7.2] Annex A control A.7.2 (Data management for development defined) has no decision in the Statement of Applicability; fix: uncomment this block (remove the leading '#' of its lines), set applicable, and write the justification (soa-complete)");
    }
}
