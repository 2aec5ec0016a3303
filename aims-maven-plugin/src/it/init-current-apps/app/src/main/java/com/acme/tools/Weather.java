package com.acme.tools;

import org.springframework.ai.tool.annotation.Tool;

/** Code the model may call: its only tie to the model is the annotation. */
public class Weather {
    @Tool(description = "The weather in a city")
    public String weather(String city) {
        return "sunny in " + city;
    }
}
