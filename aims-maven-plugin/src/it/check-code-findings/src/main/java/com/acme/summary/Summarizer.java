package com.acme.summary;

import dev.langchain4j.model.chat.ChatModel;

/** A new AI use case in a package no AI system lists: ai-use-in-inventory fails here. */
public class Summarizer {
    private final ChatModel model;

    public Summarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String text) {
        return model.chat("Summarise in one sentence: " + text);
    }
}
