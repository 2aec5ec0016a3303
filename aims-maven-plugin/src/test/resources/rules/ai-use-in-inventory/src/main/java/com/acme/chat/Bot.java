package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Inside the chat system's code: covered. */
public class Bot {
    private final ChatModel model = OpenAiChatModel.builder().modelName("gpt-4o-mini").build();

    public String answer(String question) {
        return model.chat(question);
    }
}
