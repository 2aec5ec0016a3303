package io.github.aimsplugin.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.model.AISystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the code holds, the scaffold validates, governs every use site it found and declares every model it found:
 * the first check after init reports no AI use outside the inventory and no undeclared model.
 */
class AimsScaffoldValidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String KEY = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4";
    private static final List<DependencyPath> DEPENDENCIES = List.of(new DependencyPath(List.of(
            new DependencyPath.Coordinate("acme", "app", "1.0"),
            new DependencyPath.Coordinate("dev.langchain4j", "langchain4j-open-ai", "1.19.0"))));

    private static UseSite use(String className, String file) {
        return new UseSite(className, "run", file, 7, "LangChain4j", "chat", "OpenAiChatModel.builder", false);
    }

    private static ModelNameUse model(String name, String className, String file) {
        return new ModelNameUse(name, "\"" + name + "\"", className, file, 8, "LangChain4j");
    }

    private static ValidationResult scaffold(Path project, CodeScan scan) throws Exception {
        new AimsScaffold(project, project.resolve("src/main/aims")).write("Acme", TODAY, DEPENDENCIES,
                Catalogs.builtIn(), scan);
        return new AimsValidator().validate(new ValidationRequest(project, List.of(Path.of("src/main/aims")), TODAY,
                YamlLimits.defaults()));
    }

    private static CodeScan scan(List<UseSite> uses, List<ModelNameUse> models) {
        return new CodeScan(CodeScan.Status.SCANNED, "", uses, models, List.of(), List.of(), uses.size());
    }

    @Test
    void theUnnamedPackageIsGovernedByItsSourceFilesAndItsModelsAreDeclared(@TempDir Path project)
            throws Exception {
        UseSite bot = use("Bot", "src/main/java/Bot.java");
        UseSite inner = use("Bot$Memory", "src/main/java/Bot.java");
        UseSite compiledOnly = use("Helper", "Helper.java");
        UseSite packaged = use("com.acme.chat.Assistant", "src/main/java/com/acme/chat/Assistant.java");
        CodeScan scan = scan(List.of(bot, inner, compiledOnly, packaged), List.of(
                model("gpt-4o", "Bot", "src/main/java/Bot.java"),
                model("gpt-4o-mini-2024-07-18", "com.acme.chat.Assistant", "src/main/java/com/acme/chat/Assistant.java"),
                model("o3-2025-04-16", "", "src/main/resources/application.properties")));

        ValidationResult validated = scaffold(project, scan);

        assertThat(validated.problems()).isEmpty();
        String systems = Files.readString(project.resolve("src/main/aims/systems.yaml"));
        assertThat(systems).contains("name: \"Bot (chat)\"", "    - src/main/java/Bot.java\n", "    - Helper\n",
                "  - name: \"gpt-4o\"   # a moving alias", "  - name: \"o3-2025-04-16\"\n")
                .doesNotContain("- \"\"", "name: \" (");
        List<AISystem> declared = validated.model().all(RecordKinds.AI_SYSTEM);
        for (UseSite use : scan.uses()) {
            assertThat(declared).as(use.className()).anyMatch(system -> CodeEvidence.covers(system,
                    use.className(), use.file()));
        }
        for (ModelNameUse found : scan.models()) {
            assertThat(declared).as(found.name()).anyMatch(system -> system.models().stream()
                    .anyMatch(model -> model.calledBy(found.name())));
        }
    }

    @Test
    void oddNamesAreWrittenAsYamlAllowsAndKeysNever(@TempDir Path project) throws Exception {
        String odd = "com.acme.\"q\"\\x\nkind: Evil";
        String file = "src/main/java/" + odd.replace('.', '/') + "/Bot.java";
        CodeScan scan = scan(List.of(use(odd + ".Bot", file), use("Lone\uD800", "src/main/java/Lone\uD800.java")),
                List.of(model("gpt\uFFFF-4o\u0001", odd + ".Bot", file), model(KEY, odd + ".Bot", file),
                        model("x".repeat(201), odd + ".Bot", file), model("gpt-5\u2028\u0085-nano\uFFFE", "", "a.yml")));

        ValidationResult validated = scaffold(project, scan);

        assertThat(validated.problems()).isEmpty();
        String systems = Files.readString(project.resolve("src/main/aims/systems.yaml"));
        assertThat(systems).doesNotContain(KEY, KEY.substring(8), "\uFFFF", "\uFFFE", "\u0001", "\u2028", "\u0085",
                "\nkind: Evil", "x".repeat(201)).contains("# Note: not declared: a value shaped like OpenAI API key",
                "\uFFFD", "written as U+FFFD");
        assertThat(systems.chars().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).isZero();
        assertThat(systems.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    }
}
