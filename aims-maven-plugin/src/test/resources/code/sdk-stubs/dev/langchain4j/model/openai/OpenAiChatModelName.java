package dev.langchain4j.model.openai;

/** Test stub: LangChain4j's model-name enum, whose values the scan reads from this class file. */
public enum OpenAiChatModelName {
    GPT_4_O("gpt-4o"),
    GPT_4_O_MINI("gpt-4o-mini"),
    GPT_4_1("gpt-4.1");

    private final String value;

    OpenAiChatModelName(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
