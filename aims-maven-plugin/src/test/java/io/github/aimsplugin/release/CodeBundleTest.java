package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.trail.GovernedCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle carries the use sites and model names per system, so that a release comparison shows a model change. */
class CodeBundleTest {

    private static final String LETTERS = "com.northwind.credit.letters.DecisionLetterAssistant";
    private static final String FILE = "src/main/java/com/northwind/credit/letters/DecisionLetterAssistant.java";

    private static AimsModel example() {
        Path project = Path.of("..", "example-project").toAbsolutePath().normalize();
        return new AimsValidator().validate(new ValidationRequest(project, List.of(Path.of("src/main/aims")),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults())).model();
    }

    private static CodeEvidence calling(String model) {
        return new CodeEvidence(new CodeScan(CodeScan.Status.SCANNED, "", List.of(new UseSite(LETTERS,
                "fromEnvironment", FILE, 41, "LangChain4j", "chat", "OpenAiChatModel.builder", false)),
                List.of(new ModelNameUse(model, "\"" + model + "\"", LETTERS, FILE, 43, "LangChain4j")), List.of(),
                List.of(), 7), GovernedCode.History.unavailable("not read"), null);
    }

    @Test
    void theBundleCarriesUseSitesAndModelsAndTheDiffShowsAModelChange(@TempDir Path dir) throws Exception {
        AimsModel model = example();
        Path released = dir.resolve("aims-bundle.json");
        Files.write(released, ModelBundle.write(model, "com.northwind:credit", "1.0", calling("gpt-4o-mini")));

        String json = Files.readString(released, StandardCharsets.UTF_8);
        assertThat(json).contains("\"code\" : {", "\"system\" : \"decision-letter-assistant\"", "\"gpt-4o-mini\"",
                "\"line\" : 41");
        Map<String, ModelBundle.Entry> before = ModelBundle.read(released);
        assertThat(before).containsKey("Code/decision-letter-assistant");

        List<BundleDiff.Difference> differences = BundleDiff.between(before,
                ModelBundle.entries(model, calling("gpt-4.1")));

        assertThat(differences).extracting(BundleDiff.Difference::line)
                .containsExactly("~ Code decision-letter-assistant: models in code gpt-4o-mini → gpt-4.1");
    }

    @Test
    void aBundleWithoutAScanHasNoCodeSection() throws Exception {
        String json = new String(ModelBundle.write(example(), "p", "1", CodeEvidence.none()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"code\" : {");
    }
}
