package com.northwind.credit.scoring;

import com.northwind.credit.Application;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The in-house credit scoring model (AIMS system credit-scoring-model): a logistic regression over binned
 * features, exported from training as coefficients. Reason codes name the features that pushed the score
 * furthest towards default, which the decision letter explains (control A.8.2).
 */
public final class Scorecard {

    private final double intercept;
    private final Map<String, Double> coefficients;

    public Scorecard(double intercept, Map<String, Double> coefficients) {
        this.intercept = intercept;
        this.coefficients = Map.copyOf(coefficients);
    }

    /** Scorecard 3.2 as released on 25 June 2026 (see the model card in docs/aims/evidence). */
    public static Scorecard version32() {
        return new Scorecard(-3.1, Map.of(
                "DEBT_TO_INCOME_HIGH", 1.35,
                "RECENT_MISSED_PAYMENTS", 1.80,
                "SHORT_ADDRESS_HISTORY", 0.40,
                "FEW_BUREAU_ACCOUNTS", 0.55,
                "SELF_EMPLOYED", 0.30));
    }

    public Score score(Application application) {
        List<Map.Entry<String, Double>> active = new ArrayList<>();
        for (String feature : activeFeatures(application)) {
            active.add(Map.entry(feature, coefficients.getOrDefault(feature, 0.0)));
        }
        double logit = intercept + active.stream().mapToDouble(Map.Entry::getValue).sum();
        double probability = 1.0 / (1.0 + Math.exp(-logit));
        List<String> reasons = active.stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(4)
                .map(Map.Entry::getKey)
                .toList();
        return new Score(probability, reasons);
    }

    private static List<String> activeFeatures(Application application) {
        List<String> features = new ArrayList<>();
        if (application.annualIncome().signum() > 0
                && application.requestedAmount().divide(application.annualIncome(), 4, RoundingMode.HALF_UP)
                        .compareTo(new BigDecimal("0.40")) > 0) {
            features.add("DEBT_TO_INCOME_HIGH");
        }
        if (application.missedPaymentsLast12Months() > 0) {
            features.add("RECENT_MISSED_PAYMENTS");
        }
        if (application.monthsAtAddress() < 12) {
            features.add("SHORT_ADDRESS_HISTORY");
        }
        if (application.bureauAccounts() < 2) {
            features.add("FEW_BUREAU_ACCOUNTS");
        }
        if (application.selfEmployed()) {
            features.add("SELF_EMPLOYED");
        }
        return features;
    }
}
