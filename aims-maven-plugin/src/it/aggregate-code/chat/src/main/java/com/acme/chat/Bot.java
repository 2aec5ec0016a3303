package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** The chat system's code, calling its declared model: fine. */
public class Bot {
    private final ChatModel model = OpenAiChatModel.builder()
            .apiKey(System.getenv("OPENAI_API_KEY"))
            .modelName("gpt-4o-mini-2024-07-18")
            .build();

    public String answer(String question) {
        return model.chat(question);
    }
}
