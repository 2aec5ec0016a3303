package com.acme.util;

public class Plain {
    static final String NOT_A_KEY = "sk-this-is-not-in-an-ai-class-1234567890";

    public String hello() {
        return NOT_A_KEY;
    }
}
