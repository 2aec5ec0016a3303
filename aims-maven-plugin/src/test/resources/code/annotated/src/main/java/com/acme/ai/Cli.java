package com.acme.ai;

import com.google.genai.Client;

public class Cli {
    public static void main(String[] args) {
        int turns = args.length + 1;
        System.out.println(new Client().models.generateContent("gemini-1.5-flash-002", args[0], null) + " " + turns);
    }
}
