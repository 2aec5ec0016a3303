package com.northwind.credit;

import java.util.List;

/**
 * The outcome of an application: the automated stage approves, refers to an underwriter or holds for a fraud analyst;
 * only an underwriter declines, after a referral (no solely automated refusal). The letter assistant explains each.
 */
public record Decision(String applicationId, Outcome outcome, double probabilityOfDefault, List<String> reasonCodes) {

    public enum Outcome { APPROVE, REFER_TO_UNDERWRITER, HOLD_FOR_FRAUD_REVIEW, DECLINED_BY_UNDERWRITER }
}
