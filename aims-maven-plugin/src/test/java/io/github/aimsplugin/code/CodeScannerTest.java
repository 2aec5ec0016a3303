package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeScannerTest {

    private final CodeScanner scanner = new CodeScanner(Catalogs.builtIn().aiSdks(), CodeCatalog.builtIn());

    private static Function<Path, String> shownFrom(Path base) {
        return path -> base.relativize(path).toString().replace('\\', '/');
    }

    private CodeScan scanApp(Path dir) {
        ResourceTrees.copy(CodeScannerTest.class, "/code/app", dir);
        return scanner.scan(CompiledCode.compile(dir), shownFrom(dir));
    }

    @Test
    void findsUseSitesWithTheirSourceLineSdkAndFamily(@TempDir Path dir) {
        CodeScan scan = scanApp(dir);

        assertThat(scan.scanned()).isTrue();
        assertThat(scan.classes()).isEqualTo(2);
        assertThat(scan.uses()).extracting(use -> use.where() + " " + use.method() + " " + use.api() + " "
                + use.sdk() + " " + use.family())
                .contains("src/main/java/com/acme/chat/Bot.java:11 <init> OpenAiChatModel.builder LangChain4j chat",
                        "src/main/java/com/acme/chat/Bot.java:13 <init> OpenAiChatModel.OpenAiChatModelBuilder.modelName"
                                + " LangChain4j chat",
                        "src/main/java/com/acme/chat/Bot.java:20 answer ChatModel.chat LangChain4j chat")
                .noneMatch(line -> line.contains("Plain"));
    }

    @Test
    void readsModelNamesFromConstantsEnumsAndConfigurationAndLeavesComputedOnesUnresolved(@TempDir Path dir) {
        CodeScan scan = scanApp(dir);

        assertThat(scan.models()).extracting(model -> model.where() + " " + model.name() + " " + model.expression())
                .containsExactly(
                        "src/main/java/com/acme/chat/Bot.java:13 gpt-4o-mini \"gpt-4o-mini\"",
                        "src/main/java/com/acme/chat/Bot.java:15 gpt-4.1 OpenAiChatModelName.GPT_4_1",
                        "src/main/java/com/acme/chat/Bot.java:16 null computed",
                        "src/main/resources/application.properties:2 gpt-4o-2024-08-06"
                                + " langchain4j.open-ai.chat-model.model-name",
                        "src/main/resources/application.properties:3 null"
                                + " langchain4j.open-ai.embedding-model.model-name",
                        "src/main/resources/application.yml:6 gpt-4.1-mini spring.ai.openai.chat.options.model");
    }

    @Test
    void keyShapedConstantsAreFoundOnlyInClassesThatUseAnSdkAndAreMasked(@TempDir Path dir) throws Exception {
        Path bot = dir.resolve("src/main/java/com/acme/chat/Bot.java");
        ResourceTrees.copy(CodeScannerTest.class, "/code/app", dir);
        String key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6";
        Files.writeString(bot, Files.readString(bot).replace("System.getenv(\"OPENAI_API_KEY\")", "\"" + key + "\""));

        CodeScan scan = scanner.scan(CompiledCode.compile(dir), shownFrom(dir));

        assertThat(scan.keys()).singleElement().satisfies(found -> {
            assertThat(found.where()).isEqualTo("src/main/java/com/acme/chat/Bot.java:12");
            assertThat(found.provider()).isEqualTo("OpenAI");
            assertThat(found.masked()).isEqualTo("sk-****… (40 characters)").doesNotContain("A1b2");
        });
    }

    @Test
    void aCorruptClassFileIsAWarningNamingItAndTheRestIsScanned(@TempDir Path dir) throws Exception {
        CodeModule module = CompiledCode.compile(copyApp(dir));
        Files.write(module.classes().resolve("com/acme/Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});

        CodeScan scan = scanner.scan(module, shownFrom(dir));

        assertThat(scan.warnings()).singleElement().asString()
                .startsWith("class file target/classes/com/acme/Broken.class could not be parsed");
        assertThat(scan.uses()).isNotEmpty();
    }

    @Test
    void aModuleWithSourcesAndNoClassesIsNotCompiledNotPassing(@TempDir Path dir) {
        ResourceTrees.copy(CodeScannerTest.class, "/code/app", dir);
        CodeScan scan = scanner.scan(CodeModule.conventional(dir), shownFrom(dir));

        assertThat(scan.status()).isEqualTo(CodeScan.Status.NOT_COMPILED);
        assertThat(scan.note()).startsWith("no compiled classes in target/classes: not scanned");
    }

    @Test
    void unchangedClassOutputIsScannedOncePerJvmAndAChangedClassAgain(@TempDir Path dir) throws Exception {
        CodeModule module = CompiledCode.compile(copyApp(dir));
        CodeScan first = scanner.scan(module, shownFrom(dir));

        assertThat(scanner.scan(module, shownFrom(dir))).isSameAs(first);
        Path plain = module.classes().resolve("com/acme/util/Plain.class");
        Files.delete(plain);
        CodeScan again = scanner.scan(module, shownFrom(dir));
        assertThat(again).isNotSameAs(first);
        assertThat(again.classes()).isEqualTo(1);
    }

    @Test
    void aModuleWithoutCodeHasNothingToScan(@TempDir Path dir) {
        assertThat(scanner.scan(CodeModule.conventional(dir), shownFrom(dir)).status())
                .isEqualTo(CodeScan.Status.NOT_REQUESTED);
    }

    @Test
    void familiesComeFromThePackageOrTheTypeName() {
        SdkApis apis = new SdkApis(Catalogs.builtIn().aiSdks());

        assertThat(apis.lookup("dev/langchain4j/model/openai/OpenAiEmbeddingModel").family()).isEqualTo("embedding");
        assertThat(apis.lookup("dev/langchain4j/model/embedding/onnx/allminilml6v2/AllMiniLmL6V2EmbeddingModel"))
                .isEqualTo(new SdkApis.Api("LangChain4j", "embedding", true));
        assertThat(apis.lookup("ai/djl/huggingface/tokenizers/HuggingFaceTokenizer").sdk())
                .isEqualTo("Hugging Face tokenizers");
        assertThat(apis.lookup("dev/langchain4j/data/message/UserMessage")).isNull();
        assertThat(apis.lookup("com/acme/Bot")).isNull();
        assertThat(List.of("chat", "client")).contains(apis.lookup("com/openai/client/OpenAIClient").family());
    }

    @Test
    void theModulesOwnClassesAreNeverAnSdksEvenInsideItsPackage() {
        // The Anthropic SDK's examples live in com.anthropic.example: calling themselves is not using the SDK.
        SdkApis apis = new SdkApis(Catalogs.builtIn().aiSdks())
                .excluding(java.util.Set.of("com/anthropic/example/MessagesExample"));

        assertThat(apis.lookup("com/anthropic/example/MessagesExample")).isNull();
        assertThat(apis.lookup("com/anthropic/client/AnthropicClient")).isNotNull();
        assertThat(CodeScanner.ownTypes(Path.of("classes"), List.of(Path.of("classes/com/acme/Bot$Reply.class"))))
                .containsExactly("com/acme/Bot$Reply");
    }

    private static Path copyApp(Path dir) {
        ResourceTrees.copy(CodeScannerTest.class, "/code/app", dir);
        return dir;
    }
}
