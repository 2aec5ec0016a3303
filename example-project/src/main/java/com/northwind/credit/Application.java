package com.northwind.credit;

import java.math.BigDecimal;

/** A loan application as the decision service receives it. Free text never reaches any AI system. */
public record Application(
        String applicationId,
        int applicantAge,
        BigDecimal annualIncome,
        BigDecimal requestedAmount,
        int monthsAtAddress,
        int bureauAccounts,
        int missedPaymentsLast12Months,
        boolean selfEmployed,
        String freeTextNotes) {}
