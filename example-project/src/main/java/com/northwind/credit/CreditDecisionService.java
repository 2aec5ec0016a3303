package com.northwind.credit;

import com.northwind.credit.fraud.FraudScreeningClient;
import com.northwind.credit.fraud.FraudSignal;
import com.northwind.credit.scoring.Score;
import com.northwind.credit.scoring.Scorecard;
import java.util.List;

/**
 * The automated stage of a credit decision. Only approvals are automatic; low scores go to an underwriter
 * (AIMS risk R-09, control A.9.2) and fraud signals to an analyst, so no refusal is ever automated.
 */
public final class CreditDecisionService {

    private final FraudScreeningClient fraudScreening;
    private final Scorecard scorecard;
    private final double referThreshold;

    public CreditDecisionService(FraudScreeningClient fraudScreening, Scorecard scorecard, double referThreshold) {
        this.fraudScreening = fraudScreening;
        this.scorecard = scorecard;
        this.referThreshold = referThreshold;
    }

    public Decision decide(Application application) {
        FraudSignal fraud = fraudScreening.screen(application);
        if (fraud.holdForReview()) {
            return new Decision(application.applicationId(), Decision.Outcome.HOLD_FOR_FRAUD_REVIEW, Double.NaN,
                    List.of());
        }
        Score score = scorecard.score(application);
        Decision.Outcome outcome = score.probabilityOfDefault() <= referThreshold
                ? Decision.Outcome.APPROVE
                : Decision.Outcome.REFER_TO_UNDERWRITER;
        return new Decision(application.applicationId(), outcome, score.probabilityOfDefault(), score.reasonCodes());
    }
}
