import com.google.genai.Client;

/** A sample written in the unnamed package, as many are. */
public class Bot {
    public static void main(String[] args) {
        System.out.println(new Client().models.generateContent("gemini-1.5-pro-002", args[0], null));
    }
}
