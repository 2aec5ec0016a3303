package com.northwind.credit.letters;

import com.northwind.credit.Decision;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drafts decision letters with a third-party language model (AIMS system decision-letter-assistant). Only
 * pseudonymised reason codes go into the prompt (risk R-05); applicant free text never does; loan terms are
 * added by the review screen from the decision record, not generated. Every draft is reviewed by a person.
 */
public final class DecisionLetterAssistant {

    static final Map<String, String> REASON_TEXT = Map.of(
            "DEBT_TO_INCOME_HIGH", "the amount requested is high compared with the income you told us about",
            "RECENT_MISSED_PAYMENTS", "your credit file shows missed payments in the last twelve months",
            "SHORT_ADDRESS_HISTORY", "you have lived at your current address for less than a year",
            "FEW_BUREAU_ACCOUNTS", "your credit file has little history for us to assess",
            "SELF_EMPLOYED", "we need to confirm income from self-employment");

    /** The model decision-letter-assistant declares (AIMS checks it against the code: rule model-declared). */
    static final String MODEL = "gpt-4o-mini-2024-07-18";

    private final ChatModel model;

    public DecisionLetterAssistant(ChatModel model) {
        this.model = model;
    }

    /**
     * The production model, pinned to a dated version so that the provider cannot change it behind the name; the
     * key comes from the environment and is never logged.
     */
    public static DecisionLetterAssistant fromEnvironment() {
        return new DecisionLetterAssistant(OpenAiChatModel.builder()
                .apiKey(System.getenv("OPENAI_API_KEY"))
                .modelName(MODEL)
                .temperature(0.2)
                .timeout(Duration.ofSeconds(20))
                .build());
    }

    public String draft(Decision decision) {
        return model.chat(prompt(decision));
    }

    static String prompt(Decision decision) {
        List<String> reasons = decision.reasonCodes().stream()
                .map(code -> REASON_TEXT.getOrDefault(code, "other information in your application"))
                .toList();
        String outcome = switch (decision.outcome()) {
            case APPROVE -> "approved";
            case REFER_TO_UNDERWRITER -> "passed to one of our underwriters for a closer look";
            case HOLD_FOR_FRAUD_REVIEW -> "held for a routine identity check";
            case DECLINED_BY_UNDERWRITER -> "declined by one of our underwriters";
        };
        return "Write a short, plain-English letter to a loan applicant. Their application was " + outcome + "."
                + (reasons.isEmpty() ? "" : " The main reasons were: "
                        + reasons.stream().collect(Collectors.joining("; ")) + ".")
                + " Do not mention amounts, interest rates or terms. Tell them they can ask for a person to review"
                + " the decision and that free debt advice is available.";
    }
}
