package com.acme.ai;

import org.springframework.ai.tool.annotation.Tool;

public class Weather {
    @Tool(description = "the weather")
    public String weather(String city) {
        return "sunny in " + city;
    }
}
