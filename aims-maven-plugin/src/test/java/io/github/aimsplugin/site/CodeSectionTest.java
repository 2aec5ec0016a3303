package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.trail.CodeCommit;
import io.github.aimsplugin.trail.GovernedCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Code section of a system page, the inventory's counts: what the scan found, escaped. */
class CodeSectionTest {

    private static final String LETTERS = "com.northwind.credit.letters.DecisionLetterAssistant";

    private static SiteInput withCode(CodeEvidence code) {
        SiteInput plain = SiteFixtures.input(SiteFixtures.exampleProject());
        return new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(), plain.today(),
                plain.commit(), plain.pluginVersion(), plain.date(), plain.trail(), plain.changes(), plain.exports(), List.of(),
                code);
    }

    @Test
    void aSystemPageShowsItsUseSitesModelsFoundAndCommitsEscaped(@TempDir Path site) throws Exception {
        String file = "src/main/java/com/northwind/credit/letters/DecisionLetterAssistant.java";
        CodeScan scan = new CodeScan(CodeScan.Status.SCANNED, "", List.of(
                new UseSite(LETTERS, "fromEnvironment", file, 41, "LangChain4j", "chat",
                        "OpenAiChatModel.builder", false),
                new UseSite(LETTERS, "fromEnvironment", file, 41, "LangChain4j", "chat",
                        "OpenAiChatModelBuilder.modelName", false),
                new UseSite(LETTERS, "fromEnvironment", file, 41, "LangChain4j", "chat",
                        "OpenAiChatModelBuilder.build", false),
                new UseSite(LETTERS, "answer", file, 50, "LangChain4j", "chat", "ChatModel.chat", false)),
                List.of(new ModelNameUse("gpt-4o-mini-2024-07-18", "\"gpt-4o-mini-2024-07-18\"", LETTERS, file, 43,
                                "LangChain4j"),
                        new ModelNameUse("gpt-4.1|{x}", "\"gpt-4.1|{x}\"", LETTERS, file, 44, "LangChain4j")),
                List.of(), List.of(), 7);
        GovernedCode.History history = new GovernedCode.History("complete", true, Map.of("decision-letter-assistant",
                List.of(new CodeCommit("abcdef0123456789", Instant.parse("2026-11-29T10:00:00Z"), "Eve {author}",
                        "Switch model | pass:[<b>x</b>]", false, List.of(file)))), Map.of());

        new SiteWriter(null).write(withCode(new CodeEvidence(scan, history, null)), site);

        String page = Files.readString(site.resolve("adoc/system-decision-letter-assistant.adoc"));
        assertThat(page).contains("== Code", "=== AI use sites", LETTERS, file + ":41", "LangChain4j",
                "gpt-4o-mini-2024-07-18", "=== Commits to governed code", "abcdef0123", "2026-11-29")
                .doesNotContain("Eve {author}", "pass:[<b>x</b>]", "gpt-4.1|{x}");
        // One row per class and line, with the APIs used there; the counts above the table.
        assertThat(page).contains("1 class, 2 lines, 4 uses of an AI SDK", "|" + file + ":41 |fromEnvironment"
                + " |LangChain4j (chat) |OpenAiChatModel.builder, OpenAiChatModelBuilder.build,"
                + " OpenAiChatModelBuilder.modelName\n", "|" + file + ":50 |answer |LangChain4j (chat) |ChatModel.chat\n");
        assertThat(page.split("\n\\|" + java.util.regex.Pattern.quote(LETTERS) + " ", -1)).hasSize(3);
        String inventory = Files.readString(site.resolve("adoc/inventory.adoc"));
        assertThat(inventory).contains("Use sites", "Models in code", "|1 class, 2 lines, 4 uses |");
        assertThat(Files.readString(site.resolve("adoc/system-credit-scoring-model.adoc")))
                .contains("_No AI SDK use in this system's code._");
    }

    @Test
    void withoutAScanThePageSaysSo(@TempDir Path site) throws Exception {
        new SiteWriter(null).write(withCode(new CodeEvidence(CodeScan.notCompiled("target/classes"),
                GovernedCode.History.unavailable("not read"), null)), site);

        assertThat(Files.readString(site.resolve("adoc/system-decision-letter-assistant.adoc")))
                .contains("_The code was not scanned: no compiled classes in target/classes: not scanned");
    }

    @Test
    void theDashboardCountsClassesOutsideTheInventoryAndChangedSystemsByTheFindingsKeys(@TempDir Path site)
            throws Exception {
        SiteInput plain = SiteFixtures.input(SiteFixtures.exampleProject());
        SourceLocation at = SourceLocation.startOf("src/main/java/A.java");
        List<Violation> findings = List.of(
                new Violation(at, "ai-use-in-inventory", Level.ERROR, "Code", "a.A", "m", "h", "class:a.A"),
                new Violation(at, "ai-use-in-inventory", Level.ERROR, "Code", "a.B", "m", "h", "class:a.B"),
                // A key in the code is a finding on kind Code too, but not AI use outside the inventory.
                new Violation(at, "no-ai-credentials-in-code", Level.ERROR, "Code", "a.C", "m", "h", "key:openai:3"),
                new Violation(at, "governed-code-reassessed", Level.WARNING, "AISystem", "s1", "m", "h",
                        "code-changed"),
                new Violation(at, "governed-code-reassessed", Level.WARNING, "AISystem", "s2", "m", "h", "other"));
        CodeScan scan = new CodeScan(CodeScan.Status.SCANNED, "", List.of(new UseSite(LETTERS, "answer",
                "A.java", 5, "LangChain4j", "chat", "ChatModel.chat", false)), List.of(), List.of(), List.of(), 1);
        SiteInput input = new SiteInput(plain.model(), new CheckResult(findings, plain.check().rules()),
                plain.catalogs(), plain.baseDirectory(), plain.today(), plain.commit(), plain.pluginVersion(),
                plain.date(), plain.trail(), plain.changes(), plain.exports(), List.of(),
                new CodeEvidence(scan, GovernedCode.History.unavailable("not read"), null));

        new SiteWriter(null).write(input, site);

        assertThat(Files.readString(site.resolve("adoc/index.adoc")))
                .contains("AI use outside the inventory:: 2 class(es)",
                        "Systems whose code changed since their assessment:: 1");
    }
}
