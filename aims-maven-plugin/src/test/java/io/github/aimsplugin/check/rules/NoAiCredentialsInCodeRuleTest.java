package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoAiCredentialsInCodeRuleTest {

    @Test
    void aKeyInAClassThatUsesAnSdkFailsAtTheLineThatUsesItAndIsMasked(@TempDir Path dir) {
        assertThat(RuleFixture.failing("no-ai-credentials-in-code", dir).withCompiledCode()
                .run(new NoAiCredentialsInCodeRule()))
                .containsExactly("src/main/java/com/acme/chat/Bot.java:11:1: [Code com.acme.chat.Bot]"
                        + " com.acme.chat.Bot holds what looks like a OpenAI API key (sk-****… (40 characters));"
                        + " fix: remove the key from the code, revoke it at OpenAI (it is in the history), and read"
                        + " it from the environment or a secret store (no-ai-credentials-in-code)")
                .noneMatch(line -> line.contains("Zq8x") || line.contains("Ids"));
    }
}
