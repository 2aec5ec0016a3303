package com.northwind.credit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.northwind.credit.Application;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private final Scorecard scorecard = Scorecard.version32();

    @Test
    void cleanApplicationScoresLowWithNoReasons() {
        Score score = scorecard.score(new Application("A-1", 40, new BigDecimal("52000"), new BigDecimal("8000"), 60,
                5, 0, false, ""));

        assertThat(score.probabilityOfDefault()).isBetween(0.04, 0.05);
        assertThat(score.reasonCodes()).isEmpty();
    }

    @Test
    void reasonsAreOrderedByTheirWeight() {
        Score score = scorecard.score(new Application("A-2", 23, new BigDecimal("18000"), new BigDecimal("9000"), 6,
                1, 2, false, ""));

        assertThat(score.reasonCodes()).containsExactly("RECENT_MISSED_PAYMENTS", "DEBT_TO_INCOME_HIGH",
                "FEW_BUREAU_ACCOUNTS", "SHORT_ADDRESS_HISTORY");
        assertThat(score.probabilityOfDefault()).isCloseTo(0.731, org.assertj.core.api.Assertions.within(0.001));
    }
}
