package io.github.aimsplugin.check;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.time.LocalDate;
import java.util.Map;

/**
 * A check, everything a mojo gathered from its configuration and the project: what it works on, the date, the
 * configured rule levels and thresholds.
 *
 * @param workspace the records, bundles, dependencies and POMs the check works on
 * @param today the date against which "past", "overdue" and "stale" are judged
 * @param limits YAML safety limits (the largest file also bounds old revisions in the history)
 * @param levels configured rule levels by id; rules not named keep their default
 * @param settings rule thresholds
 * @param gitHistory whether git history is read (review-fresh, and the site's history pages)
 */
public record CheckRequest(Workspace workspace, LocalDate today, YamlLimits limits, Map<String, Level> levels,
        CheckSettings settings, boolean gitHistory) {

    public CheckRequest {
        levels = Map.copyOf(levels);
    }

    /** Everything configured that shapes the result, for the site's fingerprint. */
    public String summary() {
        StringBuilder summary = new StringBuilder("minWords=").append(settings.minJustificationWords())
                .append(";auditMonths=").append(settings.auditIntervalMonths())
                .append(";reviewMonths=").append(settings.reviewIntervalMonths())
                .append(";gitHistory=").append(gitHistory)
                .append(";aiSdks=").append(settings.aiSdks())
                .append(";movingModels=").append(settings.movingModels())
                .append(";notMovingModels=").append(settings.notMovingModels())
                .append(";sources=").append(workspace.sourceDirectories())
                .append(";maxFileBytes=").append(limits.maxFileBytes())
                .append(";testsSkipped=").append(settings.testsSkippedBy())
                .append(";requireMetrics=").append(settings.requireMetrics());
        new java.util.TreeMap<>(levels).forEach((id, level) -> summary.append(";rule=").append(id).append(':')
                .append(level));
        return summary.toString();
    }
}
