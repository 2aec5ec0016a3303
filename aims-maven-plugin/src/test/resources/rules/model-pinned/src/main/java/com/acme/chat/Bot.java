package com.acme.chat;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** A moving alias (warned) and a dated version (fine). */
public class Bot {

    OpenAiChatModel moving() {
        return OpenAiChatModel.builder().modelName("gpt-4o-mini").build();
    }

    OpenAiChatModel pinned() {
        return OpenAiChatModel.builder().modelName("gpt-4o-mini-2024-07-18").build();
    }
}
