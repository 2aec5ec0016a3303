package io.github.aimsplugin.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AiSdksTest {

    private final AiSdks builtIn = Catalogs.builtIn().aiSdks();

    private String sdkOf(String coordinate) {
        String[] parts = coordinate.split(":");
        return builtIn.match(parts[0], parts[1]).map(AiSdks.Sdk::name).orElse(null);
    }

    @Test
    void theMostSpecificPatternWinsWhateverTheOrder() {
        AiSdks broadFirst = new AiSdks(List.of(
                new AiSdks.Sdk("Broad", List.of("ai.djl.*:*")),
                new AiSdks.Sdk("Narrow", List.of("ai.djl.huggingface:*")),
                new AiSdks.Sdk("Exact", List.of("ai.djl.huggingface:tokenizers"))));

        assertThat(broadFirst.match("ai.djl.huggingface", "tokenizers")).map(AiSdks.Sdk::name).contains("Exact");
        assertThat(broadFirst.match("ai.djl.huggingface", "other")).map(AiSdks.Sdk::name).contains("Narrow");
        assertThat(broadFirst.match("ai.djl.pytorch", "pytorch-engine")).map(AiSdks.Sdk::name).contains("Broad");
        assertThat(broadFirst.match("org.example", "tokenizers")).isEmpty();
    }

    @Test
    void onATieTheSdkListedFirstWins() {
        AiSdks tie = new AiSdks(List.of(new AiSdks.Sdk("First", List.of("com.example:*")),
                new AiSdks.Sdk("Second", List.of("com.example:*"))));

        assertThat(tie.match("com.example", "lib")).map(AiSdks.Sdk::name).isEqualTo(Optional.of("First"));
    }

    @Test
    void builtInEntriesThatOverlapResolveToTheNarrowerSdk() {
        assertThat(sdkOf("ai.djl.huggingface:tokenizers")).isEqualTo("Hugging Face tokenizers");
        assertThat(sdkOf("ai.djl.pytorch:pytorch-engine")).isEqualTo("Deep Java Library (DJL)");
        assertThat(sdkOf("ai.djl:api")).isEqualTo("Deep Java Library (DJL)");
        assertThat(sdkOf("com.azure:azure-ai-openai")).isEqualTo("Azure OpenAI and Azure AI Inference");
        assertThat(sdkOf("com.azure:azure-ai-textanalytics")).isEqualTo("Azure AI services");
        assertThat(sdkOf("software.amazon.awssdk:bedrockruntime")).isEqualTo("AWS Bedrock runtime");
        assertThat(sdkOf("software.amazon.awssdk:s3")).isNull();
    }

    @Test
    void quarkusLangChain4jIsAnSdkAndLibrariesWithoutModelsAreNot() {
        assertThat(sdkOf("io.quarkiverse.langchain4j:quarkus-langchain4j-openai")).isEqualTo("Quarkus LangChain4j");
        // An array library and plotting, data or IO modules hold no model.
        assertThat(sdkOf("org.nd4j:nd4j-native")).isNull();
        assertThat(sdkOf("com.github.haifengl:smile-plot")).isNull();
        assertThat(sdkOf("com.github.haifengl:smile-core")).isEqualTo("Smile");
        assertThat(sdkOf("org.deeplearning4j:deeplearning4j-core")).isEqualTo("Deeplearning4j");
        assertThat(sdkOf("org.nd4j:samediff-import-onnx")).isEqualTo("Deeplearning4j");
        assertThat(sdkOf("com.github.haifengl:smile-nlp")).isEqualTo("Smile");
    }

    /** Coordinates seen to resolve on Maven Central when they were added. */
    @Test
    void builtInCatalogCoversCommonJavaAiLibraries() {
        assertThat(List.of("io.github.ollama4j:ollama4j", "com.github.tjake:jlama-core", "com.google.adk:google-adk",
                "com.ibm.watsonx:watsonx-ai", "com.oracle.oci.sdk:oci-java-sdk-generativeaiinference",
                "io.modelcontextprotocol.sdk:mcp", "software.amazon.awssdk:sagemakerruntime",
                "software.amazon.awssdk:comprehend", "software.amazon.awssdk:rekognition",
                "com.azure:azure-ai-documentintelligence", "com.github.haifengl:smile-core",
                "ml.dmlc:xgboost4j_2.12", "org.apache.spark:spark-mllib_2.13", "org.bytedeco:pytorch",
                "nz.ac.waikato.cms.weka:weka-stable", "ai.h2o:h2o-genmodel", "org.apache.opennlp:opennlp-tools",
                "edu.stanford.nlp:stanford-corenlp", "org.jpmml:pmml-evaluator", "io.github.metarank:lightgbm4j",
                "com.microsoft.ml.lightgbm:lightgbmlib", "de.kherud:llama"))
                .allSatisfy(coordinate -> assertThat(sdkOf(coordinate)).as(coordinate).isNotNull());
        assertThat(builtIn.sdks()).extracting(AiSdks.Sdk::name).doesNotHaveDuplicates().hasSize(34);
    }

    @Test
    void everyBuiltInSdkDeclaresTheJavaPackagesOfItsApi() {
        assertThat(builtIn.sdks()).allSatisfy(sdk -> assertThat(sdk.packages()).as(sdk.name()).isNotEmpty()
                .allSatisfy(api -> assertThat(api.prefix()).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")));
        AiSdks.Sdk langChain4j = builtIn.sdks().get(0);
        assertThat(langChain4j.packages()).anySatisfy(api -> {
            assertThat(api.prefix()).isEqualTo("dev.langchain4j.model.embedding.onnx");
            assertThat(api.local()).isTrue();
        });
    }
}
