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
    void theBuildAddsAliasesAndExemptsNamesWithoutReplacingTheList(@TempDir Path dir) {
        // gpt-4o-mini (built-in) is exempt; the dated version is moving for this build, in addition to the built-in list.
        assertThat(RuleFixture.failing("model-pinned", dir).withCompiledCode()
                .withMovingModelChanges(List.of("gpt-4o-mini-2024-*"), List.of("GPT-4O-MINI"))
                .run(new ModelPinnedRule()))
                .containsExactly("src/main/java/com/acme/chat/Bot.java:13:1: [Model gpt-4o-mini-2024-07-18] model"
                        + " gpt-4o-mini-2024-07-18 (\"gpt-4o-mini-2024-07-18\") is a moving alias (gpt-4o-mini-2024-*):"
                        + " the provider can change the model behind it without a change here; fix: use a dated"
                        + " version the provider offers (a name with its release date) and list it in the system's"
                        + " models (model-pinned)");
        List<String> moving = RuleConfiguration.settings(8, 12, 12, true, List.of(), null, List.of("house-model"),
                List.of()).movingModels();
        assertThat(moving).containsAll(CodeCatalog.builtIn().movingModels()).endsWith("house-model");
    }

    @Test
    void anEmptyOrWildcardOnlyEntryIsAConfigurationFault() {
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), null, List.of("**"), null))
                .hasMessageContaining("additionalMovingModels entry '**'");
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), null, null,
                List.of("gpt\n[INFO] BUILD SUCCESS"))).hasMessageContaining("notMovingModels entry 'gpt")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of("gpt-4o", " "), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("movingModels entry ' '");
        assertThatThrownBy(() -> RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of("*"), null, null))
                .hasMessageContaining("movingModels entry '*'");
        assertThat(RuleConfiguration.settings(8, 12, 12, true, List.of(), List.of(), null, null).movingModels())
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

    @Test
    void theBuiltInListHoldsOnlyAliasesThatHaveADatedVersion() {
        CodeCatalog builtIn = CodeCatalog.builtIn();
        for (String moving : List.of("gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3", "o4-mini", "gpt-5",
                "claude-sonnet-4-0", "claude-3-5-sonnet-latest", "mistral-large-latest", "gemini-2.0-flash")) {
            assertThat(builtIn.movingAlias(moving)).as(moving).isPresent();
        }
        // No dated version exists: a warning could never be fixed as it says. Dated ones are pinned.
        for (String pinned : List.of("text-embedding-3-small", "text-embedding-3-large", "dall-e-3", "whisper-1",
                "gpt-4o-2024-08-06", "claude-sonnet-4-20250514", "mistral-large-2411", "gpt-4-0125-preview")) {
            assertThat(builtIn.movingAlias(pinned)).as(pinned).isEmpty();
        }
    }
}
