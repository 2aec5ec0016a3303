package com.acme.scoring;

/** The scorer's governed code: its history is given by the test. */
public class Scorer {
    public double score(double income) {
        return income > 0 ? 0.1 : 0.9;
    }
}
