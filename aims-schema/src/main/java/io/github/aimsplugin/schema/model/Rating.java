package io.github.aimsplugin.schema.model;

/** A likelihood and severity pair on the RiskCriteria scales. */
public record Rating(int likelihood, int severity) {}
