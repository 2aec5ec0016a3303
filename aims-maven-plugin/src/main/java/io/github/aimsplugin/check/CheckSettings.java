package io.github.aimsplugin.check;

import io.github.aimsplugin.code.CodeCatalog;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.catalog.Catalogs;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Thresholds of the rules: one canonical constructor that checks every value, {@link #defaults()} and a
 * {@code with…} method per setting.
 *
 * @param minJustificationWords fewest words of an exclusion justification
 * @param placeholders justifications that say nothing, compared case-insensitively without punctuation
 * @param aiSdks the AI SDK coordinate patterns the dependency scan looks for
 * @param auditIntervalMonths longest time allowed since the last internal audit
 * @param reviewIntervalMonths longest time allowed since the last management review
 * @param movingModels the moving model aliases model-pinned reports (globs with {@code *}): the built-in list of
 *     ai-code.yaml, or the build's own ({@code aims.movingModels}), which replaces it, with the build's
 *     {@code aims.additionalMovingModels} added
 * @param notMovingModels names (globs) model-pinned never reports, though a moving alias matches them
 *     ({@code aims.notMovingModels})
 * @param testsSkippedBy how this build skipped its tests ({@code -DskipTests} or {@code -Dmaven.test.skip}), so
 *     release metric sources were not written (metric-measured); null when the tests ran
 * @param buildStarted when this build started, to tell a metric source it wrote from one left by an earlier build;
 *     null when unknown
 * @param requireMetrics {@code aims.requireMetrics}: true or false force whether a release metric this build did not
 *     measure is an error; null (the default) makes it an error when the tests ran and a warning when they were skipped
 */
public record CheckSettings(int minJustificationWords, Set<String> placeholders, AiSdks aiSdks,
        int auditIntervalMonths, int reviewIntervalMonths, List<String> movingModels, List<String> notMovingModels,
        String testsSkippedBy,
        @NotFingerprinted("the clock of this build, different in every build; it only tells a metric file this build"
                + " wrote from one an earlier build left, whose times the site does not fingerprint either")
        Instant buildStarted,
        Boolean requireMetrics) {

    public static final int DEFAULT_MIN_JUSTIFICATION_WORDS = 8;

    /** How a build skipped its tests when only that it did is known. */
    public static final String SKIP_TESTS = "-DskipTests";
    public static final int DEFAULT_AUDIT_INTERVAL_MONTHS = 12;
    public static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

    public static final Set<String> DEFAULT_PLACEHOLDERS = Set.of("na", "n a", "n/a", "not applicable", "tbd", "tbc",
            "todo", "to do", "none", "no", "not relevant", "irrelevant", "out of scope", "not needed", "see above",
            "xxx", "");

    /** The one place the settings are checked; the messages name the POM's properties. */
    public CheckSettings {
        if (minJustificationWords < 0) {
            throw new IllegalArgumentException("aims.minJustificationWords must not be negative");
        }
        if (auditIntervalMonths < 1 || reviewIntervalMonths < 1) {
            throw new IllegalArgumentException("aims.auditIntervalMonths and aims.reviewIntervalMonths must be at"
                    + " least 1 (got " + auditIntervalMonths + " and " + reviewIntervalMonths + ")");
        }
        placeholders = Set.copyOf(placeholders);
        movingModels = List.copyOf(movingModels);
        notMovingModels = List.copyOf(notMovingModels);
    }

    /**
     * The defaults, in one place: the built-in AI SDKs and moving model aliases, a build that ran its tests at an
     * unknown time, metrics required as the build decides.
     */
    public static CheckSettings defaults() {
        return new CheckSettings(DEFAULT_MIN_JUSTIFICATION_WORDS, DEFAULT_PLACEHOLDERS, Catalogs.builtIn().aiSdks(),
                DEFAULT_AUDIT_INTERVAL_MONTHS, DEFAULT_REVIEW_INTERVAL_MONTHS, CodeCatalog.builtIn().movingModels(),
                List.of(), null, null, null);
    }

    /** Whether this build skipped its tests. */
    public boolean testsSkipped() {
        return testsSkippedBy != null;
    }

    /** These settings with another fewest number of words of an exclusion's justification. */
    public CheckSettings withMinJustificationWords(int words) {
        return new CheckSettings(words, placeholders, aiSdks, auditIntervalMonths, reviewIntervalMonths,
                movingModels, notMovingModels, testsSkippedBy, buildStarted, requireMetrics);
    }

    /** These settings with other longest times since the last internal audit and management review. */
    public CheckSettings withIntervals(int auditMonths, int reviewMonths) {
        return new CheckSettings(minJustificationWords, placeholders, aiSdks, auditMonths, reviewMonths,
                movingModels, notMovingModels, testsSkippedBy, buildStarted, requireMetrics);
    }

    /** These settings with other AI SDK coordinate patterns. */
    public CheckSettings withAiSdks(AiSdks sdks) {
        return new CheckSettings(minJustificationWords, placeholders, sdks, auditIntervalMonths,
                reviewIntervalMonths, movingModels, notMovingModels, testsSkippedBy, buildStarted, requireMetrics);
    }

    /** These settings with other moving model aliases and names exempt from them. */
    public CheckSettings withMovingModels(List<String> moving, List<String> notMoving) {
        return new CheckSettings(minJustificationWords, placeholders, aiSdks, auditIntervalMonths,
                reviewIntervalMonths, moving, notMoving, testsSkippedBy, buildStarted, requireMetrics);
    }

    /** These settings for a build that did or did not skip its tests (with -DskipTests). */
    public CheckSettings withTestsSkipped(boolean skipped) {
        return withBuild(skipped, buildStarted);
    }

    /** These settings for a build started at a time (null when unknown) that did or did not skip its tests. */
    public CheckSettings withBuild(boolean skipped, Instant started) {
        return withBuild(skipped ? SKIP_TESTS : null, started);
    }

    /** These settings for a build started at a time that skipped its tests by a flag (null: the tests ran). */
    public CheckSettings withBuild(String skippedBy, Instant started) {
        return new CheckSettings(minJustificationWords, placeholders, aiSdks, auditIntervalMonths,
                reviewIntervalMonths, movingModels, notMovingModels, skippedBy, started, requireMetrics);
    }

    /** These settings with aims.requireMetrics forced to true or false, or left to the build (null). */
    public CheckSettings withMetricsRequired(Boolean required) {
        return new CheckSettings(minJustificationWords, placeholders, aiSdks, auditIntervalMonths,
                reviewIntervalMonths, movingModels, notMovingModels, testsSkippedBy, buildStarted, required);
    }
}
