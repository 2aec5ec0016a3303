package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A file inside the project, or a URL, that supports other records ("Kind/id"); optionally its type and the last day
 * it counts ({@code validUntil}).
 */
public record Evidence(String id, String title, String file, String url, List<String> supports, LocalDate collectedOn,
        String type, LocalDate validUntil) implements AimsRecord {

    public Evidence {
        supports = Lists.of(supports);
    }

    /**
     * The last day this evidence counts: {@code validUntil}, else the day it was collected plus the maximum age the
     * risk criteria give its type; empty when neither applies.
     */
    public java.util.Optional<LocalDate> expiresOn(java.util.Map<String, Integer> maxAgeMonthsByType) {
        if (validUntil != null) {
            return java.util.Optional.of(validUntil);
        }
        Integer months = type == null ? null : maxAgeMonthsByType.get(type);
        return months == null || collectedOn == null ? java.util.Optional.empty()
                : java.util.Optional.of(collectedOn.plusMonths(months));
    }
}
