package com.acme.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

/** Embeds help articles for search. */
public class Indexer {
    private final EmbeddingModel model = OpenAiEmbeddingModel.builder()
            .apiKey(System.getenv("OPENAI_API_KEY"))
            .modelName("text-embedding-3-small")
            .build();

    public float[] vector(String article) {
        return model.embed(article).content().vector();
    }
}
