package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key-shaped model name, in code or configuration, is never kept in clear and is reported as a key. */
class ScanSecretsTest {

    private static final String MIDDLE = "Zq7Wv3Ty9Lm2Nb5Xc8Rd4Fg6Hj1Kp0Se";
    private static final String KEY = "sk-proj-" + MIDDLE;

    private final CodeScanner scanner = new CodeScanner(Catalogs.builtIn().aiSdks(), CodeCatalog.builtIn());

    private static Function<Path, String> shownFrom(Path base) {
        return path -> base.relativize(path).toString().replace('\\', '/');
    }

    @Test
    void aKeyPassedAsAModelNameIsMaskedEverywhereAndReportedAsAKey(@TempDir Path dir) throws Exception {
        ResourceTrees.copy(ScanSecretsTest.class, "/code/app", dir);
        Path bot = dir.resolve("src/main/java/com/acme/chat/Bot.java");
        Files.writeString(bot, Files.readString(bot).replace(".modelName(\"gpt-4o-mini\")",
                ".modelName(\"" + KEY + "\")"));
        Path properties = dir.resolve("src/main/resources/application.properties");
        Files.writeString(properties, Files.readString(properties).replace("gpt-4o-2024-08-06", KEY));

        CodeScan scan = scanner.scan(CompiledCode.compile(dir), shownFrom(dir));

        assertThat(scan.toString()).doesNotContain(MIDDLE);
        assertThat(scan.models()).extracting(model -> model.where() + " " + model.name() + " " + model.expression())
                .contains("src/main/java/com/acme/chat/Bot.java:13 <OpenAI API key sk-****… (40 characters)>"
                        + " <OpenAI API key sk-****… (40 characters)>",
                        "src/main/resources/application.properties:2 <OpenAI API key sk-****… (40 characters)>"
                                + " langchain4j.open-ai.chat-model.model-name");
        assertThat(scan.keys()).extracting(key -> key.where() + " " + key.masked())
                .contains("src/main/java/com/acme/chat/Bot.java:13 sk-****… (40 characters)",
                        "src/main/resources/application.properties:2 sk-****… (40 characters)");
    }

    @Test
    void aModelNameUseNeverHoldsAKeyHoweverItIsMade() {
        ModelNameUse use = new ModelNameUse(KEY, "\"" + KEY + "\"", "com.acme.Bot", "Bot.java", 3, "LangChain4j");

        assertThat(use.toString()).doesNotContain(MIDDLE);
        assertThat(new ModelNameUse(null, "computed", "", "a.yml", 1, "x").name()).isNull();
        assertThat(new ModelNameUse("gpt-4o", "x", "", "a.yml", 1, "x").name()).isEqualTo("gpt-4o");
    }
}
