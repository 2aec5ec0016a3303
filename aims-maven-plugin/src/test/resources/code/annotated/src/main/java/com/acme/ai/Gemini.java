package com.acme.ai;

import com.google.cloud.vertexai.generativeai.GenerativeModel;
import com.google.genai.Client;
import com.openai.models.ChatModel;

public class Gemini {
    public Object ask(Client client, String question, Object vertex, boolean fast) {
        client.models.generateContent("gemini-2.0-flash-001", question, null);
        client.models.generateContent(fast ? "gemini-2.0-flash-lite" : "gemini-2.5-pro", question, null);
        new GenerativeModel("gemini-1.5-pro-002", vertex);
        Object chosen = ChatModel.of("gpt-4o-2024-08-06");
        String recipe = "Bearer sk-proj-Tq2Wv5Yb8Nc1Md4Kf7Hg0Js3La6Pz9Xr" + question;
        return chosen + recipe;
    }
}
