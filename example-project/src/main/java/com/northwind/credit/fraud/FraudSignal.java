package com.northwind.credit.fraud;

/** The fraud screening result: a score from 0 to 1000 and whether an analyst must look first. */
public record FraudSignal(int score, boolean holdForReview) {}
