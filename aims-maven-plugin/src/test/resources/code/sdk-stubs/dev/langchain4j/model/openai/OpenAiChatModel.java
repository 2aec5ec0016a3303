package dev.langchain4j.model.openai;

import dev.langchain4j.model.chat.ChatModel;

/** Test stub of LangChain4j's OpenAI chat model. */
public class OpenAiChatModel implements ChatModel {

    public static OpenAiChatModelBuilder builder() {
        return new OpenAiChatModelBuilder();
    }

    @Override
    public String chat(String message) {
        return message;
    }

    public static class OpenAiChatModelBuilder {
        public OpenAiChatModelBuilder apiKey(String key) {
            return this;
        }

        public OpenAiChatModelBuilder modelName(String name) {
            return this;
        }

        public OpenAiChatModelBuilder modelName(OpenAiChatModelName name) {
            return this;
        }

        public OpenAiChatModel build() {
            return new OpenAiChatModel();
        }
    }
}
