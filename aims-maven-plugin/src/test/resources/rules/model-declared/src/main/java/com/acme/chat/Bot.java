package com.acme.chat;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModelName;

/** Declared: gpt-4o-mini and its alias. Not declared: gpt-4.1, twice (a constant and the SDK's enum), and
 * gpt-4.1-nano once, though the class file holds it twice. */
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

    // javac copies a finally block into every path out of the try: one call in the source, two in the class file.
    void inFinally(Runnable work) {
        try {
            work.run();
        } finally {
            OpenAiChatModel.builder().modelName("gpt-4.1-nano").build();
        }
    }
}
