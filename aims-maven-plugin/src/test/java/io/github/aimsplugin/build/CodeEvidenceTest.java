package io.github.aimsplugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.trail.GovernedCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Over several modules (aims:aggregate), a module's code is attributed with that module's records only. */
class CodeEvidenceTest {

    private static final String LETTERS = "com.northwind.credit.letters.DecisionLetterAssistant";
    private static final String PATH = "/src/main/java/com/northwind/credit/letters/DecisionLetterAssistant.java";

    private static AISystem letters() {
        Path project = Path.of("..", "example-project").toAbsolutePath().normalize();
        return new AimsValidator().validate(new ValidationRequest(project, List.of(Path.of("src/main/aims")),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults())).model().all(RecordKinds.AI_SYSTEM).stream()
                .filter(system -> system.id().equals("decision-letter-assistant")).findFirst().orElseThrow();
    }

    private static UseSite use(String module) {
        return new UseSite(LETTERS, "fromEnvironment", module + PATH, 41, "LangChain4j", "chat",
                "OpenAiChatModel.builder", false);
    }

    private static ModelNameUse model(String module, String name) {
        return new ModelNameUse(name, "\"" + name + "\"", LETTERS, module + PATH, 43, "LangChain4j");
    }

    @Test
    void theSamePackageInAnotherModuleIsNotTheSystemsCode() {
        AISystem system = letters();
        UseSite own = use("credit");
        UseSite elsewhere = use("other");
        ModelNameUse ownModel = model("credit", "gpt-4o-mini");
        ModelNameUse otherModel = model("other", "gpt-4.1");
        CodeEvidence evidence = new CodeEvidence(new CodeScan(CodeScan.Status.SCANNED, "", List.of(own, elsewhere),
                List.of(ownModel, otherModel), List.of(), List.of(), 2), GovernedCode.History.unavailable("no git"),
                new CodeEvidence.Modules(Map.of(system.id(), "credit"), Map.of(own, "credit", elsewhere, "other"),
                        Map.of(ownModel, "credit", otherModel, "other")));

        assertThat(evidence.covers(system, own)).isTrue();
        assertThat(evidence.covers(system, elsewhere)).isFalse();
        assertThat(evidence.usesOf(system)).containsExactly(own);
        assertThat(evidence.modelsOf(system)).containsExactly(ownModel);
    }

    @Test
    void oneModuleCoversByPackageAsBefore() {
        AISystem system = letters();
        UseSite use = use("credit");
        CodeEvidence evidence = new CodeEvidence(new CodeScan(CodeScan.Status.SCANNED, "", List.of(use), List.of(),
                List.of(), List.of(), 1), GovernedCode.History.unavailable("no git"), null);

        assertThat(evidence.usesOf(system)).containsExactly(use);
    }
}
