package io.github.aimsplugin.schema.model;

import java.util.List;
import java.util.Optional;

/** Clauses 6.1.1 and 6.1.2: scales, matrix, acceptance threshold and re-assessment interval. */
public record RiskCriteria(
        String id,
        List<ScaleLevel> likelihood,
        List<ScaleLevel> severity,
        List<RiskLevel> levels,
        List<List<String>> matrix,
        String acceptanceThreshold,
        int reassessmentIntervalMonths,
        java.util.Map<String, Integer> evidenceMaxAgeMonths) implements AimsRecord {

    public record ScaleLevel(int value, String label, String description) {}

    public record RiskLevel(String id, String label, String colour) {}

    public RiskCriteria {
        likelihood = Lists.of(likelihood);
        severity = Lists.of(severity);
        levels = Lists.of(levels);
        evidenceMaxAgeMonths = evidenceMaxAgeMonths == null ? java.util.Map.of()
                : java.util.Map.copyOf(evidenceMaxAgeMonths);
        matrix = matrix == null ? List.of() : matrix.stream().map(List::copyOf).toList();
    }

    /** The level of a rating, or empty when the rating lies outside the scales. */
    public Optional<RiskLevel> levelOf(Rating rating) {
        int row = rating.likelihood() - 1;
        int column = rating.severity() - 1;
        if (row < 0 || row >= matrix.size() || column < 0 || column >= matrix.get(row).size()) {
            return Optional.empty();
        }
        String levelId = matrix.get(row).get(column);
        return levels.stream().filter(level -> level.id().equals(levelId)).findFirst();
    }

    /** Rank of a level, lowest first; -1 when unknown. */
    public int rank(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a rating is at or below the acceptance threshold. */
    public boolean withinAppetite(Rating rating) {
        return levelOf(rating).map(level -> rank(level.id()) <= rank(acceptanceThreshold)).orElse(false);
    }
}
