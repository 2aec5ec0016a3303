package com.acme.chat;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModelName;

/** Declared: gpt-4o-mini and its alias. Not declared: gpt-4.1, twice (a constant and the SDK's enum). */
public class Bot {

    OpenAiChatModel declared() {
        return OpenAiChatModel.builder().modelName("GPT-4o-mini").build();
    }

    OpenAiChatModel alias() {
        return OpenAiChatModel.builder().modelName("gpt-4o-mini-2024-07-18").build();
    }

    OpenAiChatModel switched() {
        return OpenAiChatModel.builder()
                .modelName("gpt-4.1")
                .build();
    }

    OpenAiChatModel byEnum() {
        return OpenAiChatModel.builder().modelName(OpenAiChatModelName.GPT_4_1).build();
    }

    OpenAiChatModel computed(String name) {
        return OpenAiChatModel.builder().modelName(name).build();
    }
}
