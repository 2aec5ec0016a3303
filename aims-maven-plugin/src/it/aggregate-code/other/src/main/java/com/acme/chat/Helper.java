package com.acme.chat;

import dev.langchain4j.model.chat.ChatModel;

/** Same package as the chat system's code, but in a module whose records do not cover it. */
public class Helper {
    public String ask(ChatModel model, String question) {
        return model.chat(question);
    }
}
