package io.github.aimsplugin.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.CommentedDecisions;
import io.github.aimsplugin.check.DependencyPath;
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
}
