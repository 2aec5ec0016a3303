package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiUseInInventoryRuleTest {

    private final AiUseInInventoryRule rule = new AiUseInInventoryRule();

    @Test
    void aClassUsingAnSdkOutsideEverySystemFailsAtItsFirstUseSite(@TempDir Path dir) {
        assertThat(RuleFixture.failing("ai-use-in-inventory", dir).withCompiledCode().run(rule)).containsExactly(
                "src/main/java/com/acme/summary/Summarizer.java:10:1: [Code com.acme.summary.Summarizer]"
                        + " com.acme.summary.Summarizer uses LangChain4j chat (ChatModel.chat in summarize, 2 use site(s))"
                        + " outside the code of every AI system in scope: an AI use that is not in the inventory;"
                        + " fix: add its package \"com.acme.summary\" to components.code of the AISystem it belongs"
                        + " to, or declare a new AISystem for it (ai-use-in-inventory)");
    }

    @Test
    void withoutCompiledCodeNothingIsReported(@TempDir Path dir) {
        assertThat(RuleFixture.failing("ai-use-in-inventory", dir).run(rule)).isEmpty();
    }
}
