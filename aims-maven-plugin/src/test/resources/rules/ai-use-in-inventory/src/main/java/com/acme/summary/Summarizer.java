package com.acme.summary;

import dev.langchain4j.model.chat.ChatModel;

/** A new AI use case: no AI system lists this package. */
public class Summarizer {

    public String summarize(ChatModel model, String text) {
        String prompt = "Summarise: " + text;
        return model.chat(prompt);
    }
}
