package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code as current applications write it: tools and AI services declared by annotation, model names in any argument
 * position and to constructors and factories, keys in string concatenations, Spring AI 2.0 and Quarkus keys.
 */
class ModelArgumentsTest {

    private final CodeScanner scanner = new CodeScanner(Catalogs.builtIn().aiSdks(), CodeCatalog.builtIn());

    private static Function<Path, String> shownFrom(Path base) {
        return path -> base.relativize(path).toString().replace('\\', '/');
    }

    private CodeScan scan(Path dir) {
        ResourceTrees.copy(ModelArgumentsTest.class, "/code/annotated", dir);
        return scanner.scan(CompiledCode.compile(dir), shownFrom(dir));
    }

    @Test
    void annotationsOnClassesInterfacesAndMethodsAreUseSites(@TempDir Path dir) {
        CodeScan scan = scan(dir);

        assertThat(scan.uses()).extracting(use -> use.className() + " " + use.method() + " " + use.api() + " "
                + use.sdk() + " " + use.family() + " " + use.line())
                .contains("com.acme.ai.Weather weather @Tool Spring AI agent 8",
                        "com.acme.ai.Assistant <class> @RegisterAiService Quarkus LangChain4j chat 0",
                        // The catalog's family wins over the package's (dev.langchain4j.service is agent).
                        "com.acme.ai.SpringAssistant <class> @AiService LangChain4j chat 11",
                        // A Semantic Kernel plugin's native function is a tool the model may call.
                        "com.acme.ai.BookingPlugin book @DefineKernelFunction Semantic Kernel Java agent 8");
    }

    @Test
    void modelNamesAreReadAtTheCatalogsArgumentPositionInConstructorsAndFactories(@TempDir Path dir) {
        CodeScan scan = scan(dir);

        assertThat(scan.models()).filteredOn(model -> !model.fromConfiguration())
                .extracting(model -> model.where() + " " + model.name() + " " + model.sdk())
                .containsExactly(
                        // Array access and arithmetic before the call do not lose the stack (args[0], length + 1).
                        "src/main/java/com/acme/ai/Cli.java:8 gemini-1.5-flash-002 Google GenAI and Vertex AI",
                        "src/main/java/com/acme/ai/Gemini.java:9 gemini-2.0-flash-001 Google GenAI and Vertex AI",
                        // A choice between two names is computed: the scan never guesses one.
                        "src/main/java/com/acme/ai/Gemini.java:10 null Google GenAI and Vertex AI",
                        "src/main/java/com/acme/ai/Gemini.java:11 gemini-1.5-pro-002 Google GenAI and Vertex AI",
                        "src/main/java/com/acme/ai/Gemini.java:12 gpt-4o-2024-08-06 OpenAI Java",
                        "src/main/java/com/acme/ai/SpringAssistant.java:11 gpt-4o-2024-08-06 Semantic Kernel Java");
    }

    @Test
    void aKeyInAStringConcatenationIsFound(@TempDir Path dir) {
        CodeScan scan = scan(dir);

        assertThat(scan.keys()).extracting(key -> key.where() + " " + key.masked())
                .containsExactly("src/main/java/com/acme/ai/Gemini.java:13 sk-****… (40 characters)");
    }

    @Test
    void aKeyInAnAnnotationValueIsFound(@TempDir Path dir) throws Exception {
        ResourceTrees.copy(ModelArgumentsTest.class, "/code/annotated", dir);
        Path weather = dir.resolve("src/main/java/com/acme/ai/Weather.java");
        Files.writeString(weather, Files.readString(weather).replace("\"the weather\"",
                "\"${openai.api-key:sk-proj-Hn4Jm7Kp0Lq3Mr6Ns9Ot2Pu5Qv8Rw1Sx}\""));

        CodeScan scan = scanner.scan(CompiledCode.compile(dir), shownFrom(dir));

        assertThat(scan.keys()).extracting(key -> key.className() + " " + key.masked())
                .contains("com.acme.ai.Weather sk-****… (40 characters)");
        assertThat(scan.toString()).doesNotContain("Hn4Jm7Kp0Lq3");
    }

    @Test
    void springAi2AndQuarkusKeysAreReadWithProfilesAndNamedModels(@TempDir Path dir) {
        CodeScan scan = scan(dir);

        assertThat(scan.models()).filteredOn(ModelNameUse::fromConfiguration)
                .extracting(model -> model.where() + " " + model.name() + " " + model.expression() + " "
                        + model.sdk())
                .containsExactly(
                        "src/main/resources/application-prod.yml:7 gpt-4.1-mini-2025-04-14"
                                + " %prod.quarkus.langchain4j.openai.fast.chat-model.model-name Quarkus LangChain4j",
                        "src/main/resources/application-prod.yml:13 gemini-2.5-flash spring.ai.google.genai.chat.model"
                                + " Spring AI",
                        "src/main/resources/application.properties:1 gpt-4.1-2025-04-14 spring.ai.openai.chat.model"
                                + " Spring AI",
                        "src/main/resources/application.properties:2 gpt-4o-mini-2024-07-18"
                                + " %prod.quarkus.langchain4j.openai.chat-model.model-name Quarkus LangChain4j",
                        "src/main/resources/application.properties:3 gpt-4.1-nano-2025-04-14"
                                + " quarkus.langchain4j.openai.\"fast\".chat-model.model-name Quarkus LangChain4j",
                        "src/main/resources/application.properties:4 llama3.2"
                                + " quarkus.langchain4j.ollama.chat-model.model-id Quarkus LangChain4j");
    }

    @Test
    void aProfileFileChangedInTheSameJvmIsReadAgain(@TempDir Path dir) throws Exception {
        CodeModule module;
        ResourceTrees.copy(ModelArgumentsTest.class, "/code/annotated", dir);
        module = CompiledCode.compile(dir);
        CodeScan first = scanner.scan(module, shownFrom(dir));
        Path profile = dir.resolve("src/main/resources/application-prod.yml");
        Files.writeString(profile, Files.readString(profile).replace("gemini-2.5-flash", "gemini-2.5-pro-x"));

        CodeScan again = scanner.scan(module, shownFrom(dir));

        assertThat(again).isNotSameAs(first);
        assertThat(again.models()).extracting(ModelNameUse::name).contains("gemini-2.5-pro-x");
    }

    @Test
    void configurationFilesThatAreNotReadAreNamedWithTheReason(@TempDir Path dir) throws Exception {
        ResourceTrees.copy(ModelArgumentsTest.class, "/code/annotated", dir);
        Path resources = dir.resolve("src/main/resources");
        Path outside = Files.writeString(dir.resolve("outside.properties"), "spring.ai.openai.chat.model=x\n");
        Files.createSymbolicLink(resources.resolve("application-linked.properties"), outside);
        Files.writeString(resources.resolve("application-big.properties"), "#".repeat(1024 * 1024 + 1));
        Files.createDirectory(resources.resolve("application-dir.yml"));

        CodeScan scan = scanner.scan(CompiledCode.compile(dir), shownFrom(dir));

        assertThat(scan.warnings()).containsExactly(
                "configuration src/main/resources/application-big.properties is larger than 1048576 bytes: not read"
                        + " for model names and keys",
                "configuration src/main/resources/application-dir.yml is not a regular file (a folder, FIFO or"
                        + " device): not read for model names and keys",
                "configuration src/main/resources/application-linked.properties is a link to a file outside its"
                        + " resource folder: not read for model names and keys");
    }
}
