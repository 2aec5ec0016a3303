package io.github.aimsplugin.check;

import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.validate.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' configuration as written in a POM, checked and turned into levels and settings. Every fault is an
 * {@link IllegalArgumentException} whose message names the setting, for the build to show as it is.
 */
public final class RuleConfiguration {

    private RuleConfiguration() {}

    /** {@code <rules>} entries as (id, level) pairs, either possibly null, for the rules {@code known}. */
    public static Map<String, Level> levels(List<Map.Entry<String, String>> rules, List<Rule> known) {
        Map<String, Level> levels = new LinkedHashMap<>();
        List<String> ids = known.stream().map(Rule::id).toList();
        for (Map.Entry<String, String> rule : rules) {
            if (rule.getKey() == null || rule.getValue() == null) {
                throw new IllegalArgumentException("each <rule> in <rules> needs an <id> and a <level>");
            }
            String id = rule.getKey().strip();
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("unknown rule '" + rule.getKey() + "' in <rules>"
                        + Suggestions.didYouMean(id, ids) + " Rules: " + String.join(", ", ids));
            }
            try {
                levels.put(id, Level.parse(rule.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + rule.getKey() + ": " + e.getMessage(), e);
            }
        }
        return levels;
    }

    /** {@code aims.requireMetrics} as written: unset or blank (null), true or false; anything else is refused. */
    public static Boolean requireMetrics(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("aims.requireMetrics must be true, false or unset (an error"
                    + " when the tests ran, a warning when they were skipped), not '" + text.strip() + "'");
        };
    }

    /**
     * The rules' thresholds, the AI SDKs third-party-declared looks for, and the moving model aliases of
     * model-pinned: {@code movingModels} replaces the built-in list when given (null or empty: the built-in list),
     * {@code additionalMovingModels} adds to it, and names matching {@code notMovingModels} are never reported.
     */
    public static CheckSettings settings(int minJustificationWords, int auditIntervalMonths, int reviewIntervalMonths,
            boolean builtInAiSdks, List<String> additionalAiSdks, List<String> movingModels,
            List<String> additionalMovingModels, List<String> notMovingModels) {
        // CheckSettings checks the numbers, in one place, first; here the lists are parsed.
        CheckSettings numbers = CheckSettings.defaults().withMinJustificationWords(minJustificationWords)
                .withIntervals(auditIntervalMonths, reviewIntervalMonths);
        List<AiSdks.Sdk> sdks = new ArrayList<>(builtInAiSdks ? Catalogs.builtIn().aiSdks().sdks() : List.of());
        if (additionalAiSdks != null && !additionalAiSdks.isEmpty()) {
            for (String pattern : additionalAiSdks) {
                if (!pattern.matches("[^:\\s]+:[^:\\s]+")) {
                    throw new IllegalArgumentException("additionalAiSdks entry '" + pattern
                            + "' must be groupId:artifactId, with '*' as a wildcard");
                }
            }
            sdks.add(new AiSdks.Sdk("Configured AI SDK", additionalAiSdks));
        }
        List<String> moving = new ArrayList<>(movingModels == null || movingModels.isEmpty()
                ? io.github.aimsplugin.code.CodeCatalog.builtIn().movingModels()
                : globs("movingModels", movingModels));
        for (String glob : globs("additionalMovingModels", additionalMovingModels)) {
            if (moving.stream().noneMatch(glob::equalsIgnoreCase)) {
                moving.add(glob);
            }
        }
        return numbers.withAiSdks(new AiSdks(sdks)).withMovingModels(moving, globs("notMovingModels", notMovingModels));
    }

    /**
     * The model names or globs of one of the moving-alias settings, stripped; each must name a model: a blank entry or
     * a bare '*' (every model) is refused, with the way to turn the rule off instead.
     */
    private static List<String> globs(String setting, List<String> configured) {
        if (configured == null) {
            return List.of();
        }
        List<String> globs = new ArrayList<>();
        for (String glob : configured) {
            String name = glob == null ? "" : glob.strip();
            if (name.isEmpty() || name.chars().allMatch(c -> c == '*') || name.length() > 200
                    || name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(setting + " entry '" + LogText.escape(
                        glob == null ? "" : glob.length() > 60 ? glob.substring(0, 60) + "…" : glob)
                        + "' must name a model or a pattern such as '*-latest', on one line and at most 200"
                        + " characters (turn the rule off with <rules> model-pinned off)");
            }
            globs.add(name);
        }
        return globs;
    }
}
