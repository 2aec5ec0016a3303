package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelNamedRuleTest {

    @Test
    void aSystemWhoseCodeNamesNoModelRunsTheSdksDefaultModelAndIsWarned(@TempDir Path dir) {
        assertThat(RuleFixture.failing("model-named", dir).withCompiledCode().run(new ModelNamedRule()))
                .containsExactly("src/main/java/com/acme/chat/Bot.java:9:1: [AISystem chat]"
                        + " src/main/java/com/acme/chat/Bot.java:9 calls LangChain4j chat"
                        + " (OpenAiChatModel.OpenAiChatModelBuilder.apiKey in com.acme.chat.Bot) and no model is named in chat's code or configuration: it runs the"
                        + " SDK's default model, which can change with any SDK upgrade; fix: name a dated model in the"
                        + " code or in the SDK's configuration key (docs/code-scan.md lists them) and declare it in"
                        + " chat's models (model-named)");
    }

    @Test
    void aPassingProjectHasNoFinding(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).withCompiledCode().run(new ModelNamedRule())).isEmpty();
    }
}
