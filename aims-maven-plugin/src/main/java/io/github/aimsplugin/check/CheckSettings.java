package io.github.aimsplugin.check;

import io.github.aimsplugin.schema.catalog.AiSdks;
import java.util.Set;

/**
 * Thresholds of the rules.
 *
 * @param minJustificationWords fewest words of an exclusion justification
 * @param placeholders justifications that say nothing, compared case-insensitively without punctuation
 * @param aiSdks the AI SDK coordinate patterns the dependency scan looks for
 */
public record CheckSettings(int minJustificationWords, Set<String> placeholders, AiSdks aiSdks) {

    public static final int DEFAULT_MIN_JUSTIFICATION_WORDS = 8;

    public static final Set<String> DEFAULT_PLACEHOLDERS = Set.of("na", "n a", "n/a", "not applicable", "tbd", "tbc",
            "todo", "to do", "none", "no", "not relevant", "irrelevant", "out of scope", "not needed", "see above",
            "xxx", "");

    public CheckSettings {
        if (minJustificationWords < 0) {
            throw new IllegalArgumentException("minJustificationWords must not be negative");
        }
        placeholders = Set.copyOf(placeholders);
    }
}
