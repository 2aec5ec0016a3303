package dev.langchain4j.model.chat;

/** Test stub of the LangChain4j API: only the names the scan sees in class files matter. */
public interface ChatModel {
    String chat(String message);
}
