package io.github.aimsplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.rules.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core of the check (the engine, the configuration, the request, the compliance check) is given its rules and
 * names none: no class of {@code io.github.aimsplugin.check} refers to {@code check.rules} or holds a rule's id, so
 * rules import the API and the API imports no rule.
 */
class CoreNamesNoRuleTest {

    @Test
    void theCheckPackageNamesNoRule() throws Exception {
        Path classes = Path.of(RuleEngine.class.getResource("RuleEngine.class").toURI()).getParent();
        List<String> named = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(classes)) {
            files = listed.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            // Class references and string constants are in the constant pool as UTF-8.
            String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (pool.contains("io/github/aimsplugin/check/rules/")) {
                named.add(file.getFileName() + " refers to check.rules");
            }
            BuiltInRules.all().stream().map(Rule::id).filter(id -> pool.contains(id))
                    .map(id -> file.getFileName() + " names " + id)
                    // A hint, not a decision: a bad moving-model setting is told how to turn its rule off instead.
                    .filter(found -> !found.equals("RuleConfiguration.class names model-pinned"))
                    .forEach(named::add);
        }
        assertThat(named).isEmpty();
    }

    @Test
    void everyRuleDeclaresWhatItReadsBeyondTheRecords() {
        assertThat(BuiltInRules.all().stream().filter(rule -> rule.needs().contains(Rule.Need.RECORD_HISTORY))
                .map(Rule::id)).containsExactly("review-fresh");
        assertThat(BuiltInRules.all().stream().filter(rule -> rule.needs().contains(Rule.Need.CODE_SCAN))
                .map(Rule::id)).containsExactly("ai-use-in-inventory", "model-declared", "model-pinned",
                        "model-named", "no-ai-credentials-in-code");
        assertThat(BuiltInRules.all().stream().filter(rule -> rule.needs().contains(Rule.Need.RUNS_WITHOUT_RECORDS))
                .map(Rule::id)).containsExactly("third-party-declared");
    }
}
