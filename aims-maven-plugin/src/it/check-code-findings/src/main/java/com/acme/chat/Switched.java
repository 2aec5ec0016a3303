package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Someone switched the model in the code and not in the records: model-declared fails here. */
public class Switched {
    public ChatModel model() {
        return OpenAiChatModel.builder()
                .apiKey(System.getenv("OPENAI_API_KEY"))
                .modelName("gpt-4.1-2025-04-14")
                .build();
    }
}
