package com.openai.models;

public final class ChatModel {
    public static final ChatModel GPT_4O = of("gpt-4o");

    public static ChatModel of(String value) {
        return new ChatModel();
    }
}
