package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.check.RuleConfiguration;
import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.code.CodeCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPinnedRuleTest {

    @Test
    void aMovingAliasIsAWarningAtItsLineAndADatedVersionIsNot(@TempDir Path dir) {
        assertThat(RuleFixture.failing("model-pinned", dir).withCompiledCode().run(new ModelPinnedRule()))
                .containsExactly("src/main/java/com/acme/chat/Bot.java:9:1: [Model gpt-4o-mini] model gpt-4o-mini"
                        + " (\"gpt-4o-mini\") is a moving alias (gpt-4o-mini): the provider can change the model"
                        + " behind it without a change here; fix: use a dated version the provider offers (a name"
                        + " with its release date) and list it in the system's models (model-pinned)");
    }

    @Test
    void theBuildsOwnListReplacesTheBuiltInOne(@TempDir Path dir) {
        // The dated version is a moving alias in this build's list; gpt-4o-mini (built-in) no longer is.
        assertThat(RuleFixture.failing("model-pinned", dir).withCompiledCode()
                .withMovingModels(List.of("GPT-4O-MINI-2024-*")).run(new ModelPinnedRule()))
                .containsExactly("src/main/java/com/acme/chat/Bot.java:13:1: [Model gpt-4o-mini-2024-07-18] model"
                        + " gpt-4o-mini-2024-07-18 (\"gpt-4o-mini-2024-07-18\") is a moving alias (GPT-4O-MINI-2024-*):"
                        + " the provider can change the model behind it without a change here; fix: use a dated"
                        + " version the provider offers (a name with its release date) and list it in the system's"
                        + " models (model-pinned)");
    }

    @Test
    void anEmptyOrWildcardOnlyEntryIsAConfigurationFault() {
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of("gpt-4o", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("movingModels entry ' '");
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of("*")))
                .hasMessageContaining("movingModels entry '*'");
        assertThat(RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of()).movingModels())
                .isEqualTo(CodeCatalog.builtIn().movingModels());
    }

    @Test
    void theAliasesAreDataAndGlobsMatchIgnoringCase() {
        CodeCatalog catalog = new CodeCatalog(List.of(), List.of(), List.of("*-latest", "house-model"));

        assertThat(catalog.movingAlias("Claude-3-5-Sonnet-LATEST")).contains("*-latest");
        assertThat(catalog.movingAlias("house-model")).contains("house-model");
        assertThat(catalog.movingAlias("house-model-2026-01-01")).isEmpty();
        assertThat(CodeCatalog.builtIn().movingAlias("gpt-4o-2024-08-06")).isEmpty();
        assertThat(CodeCatalog.builtIn().movingAlias("gpt-4o")).contains("gpt-4o");
    }
}
