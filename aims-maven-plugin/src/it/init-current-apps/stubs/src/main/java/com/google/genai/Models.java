package com.google.genai;

public final class Models {
    public Object generateContent(String model, String text, Object config) {
        return null;
    }
}
