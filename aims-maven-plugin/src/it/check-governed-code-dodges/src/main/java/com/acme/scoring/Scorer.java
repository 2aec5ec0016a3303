package com.acme.scoring;

/** The scorer's governed code (AISystem scorer, components.code com.acme.scoring). */
public class Scorer {
    public double score(double income) {
        return income > 30_000 ? 0.1 : 0.4;
    }
}
