package com.northwind.credit;

import java.util.List;

/** The outcome of the automated stage: approve, refer to an underwriter, or hold for a fraud analyst. Never a refusal. */
public record Decision(String applicationId, Outcome outcome, double probabilityOfDefault, List<String> reasonCodes) {

    public enum Outcome { APPROVE, REFER_TO_UNDERWRITER, HOLD_FOR_FRAUD_REVIEW }
}
