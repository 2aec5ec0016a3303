package com.google.genai;

public final class Client {
    public final Models models = new Models();
}
