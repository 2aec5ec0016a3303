package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDeclaredRuleTest {

    private final ModelDeclaredRule rule = new ModelDeclaredRule();

    @Test
    void aModelNameNotDeclaredFailsWhereTheCodePassesItAndNamesOrAliasesPassIgnoringCase(@TempDir Path dir) {
        assertThat(RuleFixture.failing("model-declared", dir).withCompiledCode().run(rule)).containsExactly(
                "src/main/java/com/acme/chat/Bot.java:20:1: [AISystem chat] chat/Bot.java:20 calls model gpt-4.1"
                        + " (\"gpt-4.1\", LangChain4j); chat declares gpt-4o-mini; fix: declare the model in chat's"
                        + " models (or as an alias of one), and re-assess the system if the model changed"
                        + " (model-declared)",
                "src/main/java/com/acme/chat/Bot.java:25:1: [AISystem chat] chat/Bot.java:25 calls model gpt-4.1"
                        + " (OpenAiChatModelName.GPT_4_1, LangChain4j); chat declares gpt-4o-mini; fix: declare the"
                        + " model in chat's models (or as an alias of one), and re-assess the system if the model"
                        + " changed (model-declared)",
                "src/main/java/com/acme/chat/Bot.java:37:1: [AISystem chat] chat/Bot.java:37 calls model gpt-4.1-nano"
                        + " (\"gpt-4.1-nano\", LangChain4j); chat declares gpt-4o-mini; fix: declare the model in"
                        + " chat's models (or as an alias of one), and re-assess the system if the model changed"
                        + " (model-declared)");
    }
}
