package com.acme.chat;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** A key compiled into the class. */
public class Bot {
    private static final String OPENAI_KEY = "sk-proj-Zq8xW2vN5tR7yU1iO3pL6kJ9hG4fD0sA";

    OpenAiChatModel model() {
        return OpenAiChatModel.builder()
                .apiKey(OPENAI_KEY)
                .modelName("gpt-4o-mini-2024-07-18")
                .build();
    }
}
