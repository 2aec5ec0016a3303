package com.acme.named;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** Names its model: fine. */
public class Bot {

    OpenAiChatModel model() {
        return OpenAiChatModel.builder().modelName("gpt-4o-mini-2024-07-18").build();
    }
}
