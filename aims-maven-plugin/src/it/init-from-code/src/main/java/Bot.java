import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** A sample in the unnamed package, as many are written: governed by its source file, not by a package. */
public class Bot {
    public static void main(String[] args) {
        ChatModel model = OpenAiChatModel.builder()
                .apiKey(System.getenv("OPENAI_API_KEY"))
                .modelName("gpt-4o")
                .build();
        System.out.println(model.chat(args.length > 0 ? args[0] : "Hello"));
    }
}
