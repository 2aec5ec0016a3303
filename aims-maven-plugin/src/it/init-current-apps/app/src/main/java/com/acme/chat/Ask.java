package com.acme.chat;

import com.google.genai.Client;

/** Google GenAI: the model is the first of three arguments. */
public class Ask {
    private final Client client = new Client();

    public Object ask(String question) {
        return client.models.generateContent("gemini-2.0-flash-001", question, null);
    }
}
