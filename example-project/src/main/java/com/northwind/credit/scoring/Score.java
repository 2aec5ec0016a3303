package com.northwind.credit.scoring;

import java.util.List;

/** A probability of default and the main reasons that raised it, most important first. */
public record Score(double probabilityOfDefault, List<String> reasonCodes) {}
