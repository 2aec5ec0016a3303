package com.google.cloud.vertexai.generativeai;

public class GenerativeModel {
    public GenerativeModel(String modelName, Object vertexAi) {}
}
