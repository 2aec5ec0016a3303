package com.acme.chat;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the model without naming one: the SDK's default model runs (warned). */
public class Bot {

    OpenAiChatModel model() {
        return OpenAiChatModel.builder().apiKey("from the environment").build();
    }
}
