package io.github.aimsplugin.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.check.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTest {

    @Test
    void builtInRulesHaveUniqueKebabCaseIdsAndDocs() {
        assertThat(BuiltInRules.all()).hasSize(28).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.description()).isNotBlank().endsWith(".");
            assertThat(rule.documentation()).isNotBlank();
        }).extracting(Rule::id).doesNotHaveDuplicates();
    }

    @Test
    void passingFixturePassesEveryRule(@TempDir Path dir) {
        CheckResult result = new RuleEngine(BuiltInRules.all()).run(RuleFixture.passing(dir).context(), Map.of());

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
        assertThat(result.rules()).hasSize(28).allSatisfy(outcome -> assertThat(outcome.violations()).isZero());
    }

    @Test
    void configuredLevelsReplaceDefaultsAndOffTurnsARuleOff(@TempDir Path dir) {
        RuleContext context = RuleFixture.failing("actions-not-overdue", dir).context();

        CheckResult asError = new RuleEngine(BuiltInRules.all()).run(context, Map.of("actions-not-overdue", Level.ERROR));
        CheckResult byDefault = new RuleEngine(BuiltInRules.all()).run(context, Map.of());
        CheckResult off = new RuleEngine(BuiltInRules.all()).run(context, Map.of("actions-not-overdue", Level.OFF));

        assertThat(byDefault.warnings()).isEqualTo(1);
        assertThat(byDefault.errors()).isZero();
        assertThat(asError.errors()).isEqualTo(1);
        assertThat(off.violations()).isEmpty();
        assertThat(off.rules()).filteredOn(outcome -> outcome.level() == Level.OFF).hasSize(1);
    }

    @Test
    void unknownRuleIdIsRefusedWithASuggestion(@TempDir Path dir) {
        RuleContext context = RuleFixture.passing(dir).context();

        assertThatThrownBy(() -> new RuleEngine(BuiltInRules.all()).run(context, Map.of("review-fersh", Level.OFF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule 'review-fersh'; did you mean 'review-fresh'?");
    }
}
