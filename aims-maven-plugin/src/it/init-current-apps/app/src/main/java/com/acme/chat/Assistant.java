package com.acme.chat;

import io.quarkiverse.langchain4j.RegisterAiService;

/** An AI service: the framework implements it with the model of quarkus.langchain4j.* keys. */
@RegisterAiService
public interface Assistant {
    String chat(String question);
}
