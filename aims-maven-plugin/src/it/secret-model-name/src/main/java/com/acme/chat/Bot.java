package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Someone pasted the API key where the model name goes: no output may show it. */
public class Bot {
    private final ChatModel model = OpenAiChatModel.builder()
            .apiKey(System.getenv("OPENAI_API_KEY"))
            .modelName("sk-proj-Wq8Rt5Yu2Io9Pa6Sd3Fg7Hj4Kl1Zx0Cv")
            .build();

    public String answer(String question) {
        return model.chat(question);
    }
}
