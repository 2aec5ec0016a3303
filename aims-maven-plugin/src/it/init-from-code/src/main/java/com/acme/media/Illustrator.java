package com.acme.media;

import dev.langchain4j.model.openai.OpenAiImageModel;

/** Draws illustrations for help articles. */
public class Illustrator {
    private final OpenAiImageModel model = OpenAiImageModel.builder()
            .apiKey(System.getenv("OPENAI_API_KEY"))
            .modelName("dall-e-3")
            .build();

    public String draw(String prompt) {
        return model.generate(prompt).content().url().toString();
    }
}
