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

    /**
     * Everything configured that shapes the result, as a SHA-256 hex string derived from the record components of
     * this request and of the records in it: a new setting reaches it by being a component. Left out: the contents
     * the workspace points at (record files, POMs, bundles, dependencies, classes), which the site fingerprints file
     * by file, and what is marked {@link NotFingerprinted}.
     */
    public String fingerprint() {
        return RequestFingerprint.of(this);
    }
}
