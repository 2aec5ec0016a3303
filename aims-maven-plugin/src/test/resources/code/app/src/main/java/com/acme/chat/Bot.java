package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModelName;

public class Bot {
    private final ChatModel model;

    public Bot(String configured) {
        this.model = OpenAiChatModel.builder()
                .apiKey(System.getenv("OPENAI_API_KEY"))
                .modelName("gpt-4o-mini")
                .build();
        OpenAiChatModel.builder().modelName(OpenAiChatModelName.GPT_4_1).build();
        OpenAiChatModel.builder().modelName(configured).build();
    }

    public String answer(String question) {
        return model.chat(question);
    }
}
