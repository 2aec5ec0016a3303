package com.acme.safety;

import dev.langchain4j.model.openai.OpenAiModerationModel;

/** Screens customer messages before they reach an agent. */
public class Moderator {
    private final OpenAiModerationModel model = OpenAiModerationModel.builder()
            .apiKey(System.getenv("OPENAI_API_KEY"))
            .modelName("omni-moderation-2024-09-26")
            .build();

    public boolean flagged(String message) {
        return model.moderate(message).content().flagged();
    }
}
