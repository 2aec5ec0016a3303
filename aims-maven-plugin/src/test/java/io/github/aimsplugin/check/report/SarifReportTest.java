package io.github.aimsplugin.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree writer of SARIF writes the bytes the java-sarif object model wrote, in every case the check produces. */
class SarifReportTest {

    @TempDir
    Path dir;

    @Test
    void everyLevelBaselineStateAndTextAsTheObjectModelWroteIt() throws Exception {
        List<Rule> rules = new RuleEngine(io.github.aimsplugin.check.rules.BuiltInRules.all()).rules();
        List<CheckResult.RuleOutcome> outcomes = new ArrayList<>();
        Level[] levels = {Level.ERROR, Level.WARNING, Level.OFF};
        for (int i = 0; i < rules.size(); i++) {
            outcomes.add(new CheckResult.RuleOutcome(rules.get(i), levels[i % 3], i % 2));
        }
        Violation error = violation(rules.get(0).id(), Level.ERROR, "src/main/aims/soa.yaml", "a \"quoted\" \\ text");
        Violation warning = violation(rules.get(1).id(), Level.WARNING, "src/main/aims/risks.yaml", "ünïcode ✓ \t tab");
        Violation surrogate = violation(rules.get(3).id(), Level.ERROR, "target/classes/A.class", "lone \ud800 half");
        Violation unknownRule = violation("not-a-rule", Level.WARNING, "src/main/aims", "");
        Violation tolerated = violation(rules.get(4).id(), Level.ERROR, "pom.xml", "known </script>");
        CheckResult result = new CheckResult(List.of(error, warning, surrogate, unknownRule, tolerated), outcomes);
        Baseline.Comparison comparison = Baseline.of(List.of(tolerated)).compare(result.violations());

        same(result, comparison, "1.2.3");
        same(result, comparison, null);
    }

    @Test
    void aPassingCheckHasAnEmptyResultList() throws Exception {
        List<CheckResult.RuleOutcome> outcomes = new RuleEngine(io.github.aimsplugin.check.rules.BuiltInRules.all()).rules().stream()
                .map(rule -> new CheckResult.RuleOutcome(rule, rule.defaultLevel(), 0)).toList();
        CheckResult passing = new CheckResult(List.of(), outcomes);

        String written = same(passing, Baseline.empty().compare(List.of()), "0.1.0");

        assertThat(written).contains("\"results\" : [ ]");
        CheckResult nothing = new CheckResult(List.of(), List.of());
        same(nothing, Baseline.empty().compare(List.of()), "0.1.0");
    }

    private String same(CheckResult result, Baseline.Comparison comparison, String version) throws Exception {
        SarifBeanOracle.write(dir.resolve("model.sarif"), result, comparison, version);
        SarifReport.write(dir.resolve("tree.sarif"), result, comparison, version);
        String expected = Files.readString(dir.resolve("model.sarif"));
        assertThat(Files.readString(dir.resolve("tree.sarif"))).isEqualTo(expected);
        assertThat(Files.readAllBytes(dir.resolve("tree.sarif"))).isEqualTo(Files.readAllBytes(dir.resolve("model.sarif")));
        return expected;
    }

    private static Violation violation(String rule, Level level, String file, String message) {
        return new Violation(new SourceLocation(file, 3, 7), rule, level, "Risk", "R-" + rule, message,
                "fix it", "cause-" + rule);
    }
}
