package com.northwind.credit.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.northwind.credit.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLetterAssistantTest {

    @Test
    void promptCarriesPlainReasonsButNoCodesOrTerms() {
        Decision decision = new Decision("A-9", Decision.Outcome.REFER_TO_UNDERWRITER, 0.31,
                List.of("RECENT_MISSED_PAYMENTS"));

        String prompt = DecisionLetterAssistant.prompt(decision);

        assertThat(prompt).contains("missed payments in the last twelve months", "ask for a person to review")
                .doesNotContain("RECENT_MISSED_PAYMENTS", "A-9", "0.31");
    }
}
