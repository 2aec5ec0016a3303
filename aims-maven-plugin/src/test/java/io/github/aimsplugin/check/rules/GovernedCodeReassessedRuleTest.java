package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.trail.CodeCommit;
import io.github.aimsplugin.trail.GovernedCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernedCodeReassessedRuleTest {

    private final GovernedCodeReassessedRule rule = new GovernedCodeReassessedRule();

    private static CodeCommit commit(String id, String day, String subject) {
        return new CodeCommit(id + "0123456789abcdef0123456789abcdef", Instant.parse(day + "T10:00:00Z"), "Ada",
                subject, subject.contains(CodeCommit.MINOR_CHANGE), List.of("src/main/java/com/acme/scoring/Scorer.java"));
    }

    private static GovernedCode.History history(List<CodeCommit> scorer, Map<String, List<String>> uncommitted) {
        return new GovernedCode.History("complete", true, Map.of("scorer", scorer), uncommitted);
    }

    @Test
    void aCommitAfterTheAssessmentsFailsNamingTheAssessmentsAndTheCommits(@TempDir Path dir) {
        GovernedCode.History history = history(List.of(commit("aaaa", "2026-07-02", "Add a bureau feature"),
                commit("bbbb", "2026-06-03", "Tune the cut-off"), commit("cccc", "2026-05-01", "Before the review")),
                Map.of());

        assertThat(RuleFixture.failing("governed-code-reassessed", dir).withCompiledCode(history).run(rule))
                .containsExactly("src/main/aims/systems.yaml:9:3: [AISystem scorer] 2 commit(s) changed the governed"
                        + " code of scorer after its assessments risk assessment R-1 (2026-06-01), impact assessment"
                        + " IA-scorer (2026-06-05): aaaa012345 2026-07-02 Ada 'Add a bureau feature'; bbbb012345"
                        + " 2026-06-03 Ada 'Tune the cut-off'; fix: redo risk assessment R-1 (2026-06-01) and impact"
                        + " assessment IA-scorer (2026-06-05) (update assessedOn), or mark a change that needs none"
                        + " with [minor-change] in the subject line of its commit message (governed-code-reassessed)");
    }

    @Test
    void aMinorChangeDoesNotCountAndUncommittedChangesAreAWarning(@TempDir Path dir) {
        GovernedCode.History history = history(List.of(commit("aaaa", "2026-07-02", "Rename a variable [minor-change]")),
                Map.of("scorer", List.of("src/main/java/com/acme/scoring/Scorer.java")));

        assertThat(RuleFixture.failing("governed-code-reassessed", dir).withCompiledCode(history).run(rule))
                .containsExactly("src/main/aims/systems.yaml:9:3: [AISystem scorer] uncommitted changes to the"
                        + " governed code of scorer: src/main/java/com/acme/scoring/Scorer.java; fix: commit them; if"
                        + " they change the system significantly, re-assess it (governed-code-reassessed)");
    }

    @Test
    void withoutGitNothingFails(@TempDir Path dir) {
        assertThat(RuleFixture.failing("governed-code-reassessed", dir).withCompiledCode(
                GovernedCode.History.unavailable("shallow clone: changes to governed code not checked")).run(rule))
                .isEmpty();
    }
}
