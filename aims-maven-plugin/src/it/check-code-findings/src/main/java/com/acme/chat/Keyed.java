package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** A key compiled into the code: no-ai-credentials-in-code fails here, and never prints the key. */
public class Keyed {
    public ChatModel model() {
        return OpenAiChatModel.builder()
                .apiKey("sk-proj-Qm4nB7vX2cZ9lK5jH8gF3dS6aP1oI0uY")
                .modelName("gpt-4o-mini-2024-07-18")
                .build();
    }
}
