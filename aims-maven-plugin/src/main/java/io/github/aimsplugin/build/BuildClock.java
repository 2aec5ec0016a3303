package io.github.aimsplugin.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * The build's dates: aims.today, parsed here and nowhere else, and {@code project.build.outputTimestamp} for outputs
 * that carry a time, so that a build with both set is repeatable.
 *
 * @param today the date against which "past", "overdue" and "stale" are judged
 * @param outputTimestamp the build's {@code project.build.outputTimestamp} as configured, or null
 */
public record BuildClock(LocalDate today, String outputTimestamp) {

    /** RFC 3339 in UTC with seconds always written (OSCAL's date-time needs them). */
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /**
     * @param today aims.today as configured (YYYY-MM-DD), or null or blank for the current date
     * @throws IllegalArgumentException naming aims.today when it is not such a date
     */
    public static BuildClock of(String today, String outputTimestamp) {
        if (today == null || today.isBlank()) {
            return new BuildClock(LocalDate.now(), outputTimestamp);
        }
        try {
            return new BuildClock(LocalDate.parse(today.strip()), outputTimestamp);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("aims.today must be a date written YYYY-MM-DD, not '" + today + "'", e);
        }
    }

    /**
     * The build's time as an RFC 3339 date-time in UTC: from the output timestamp (ISO date-time or seconds since the
     * epoch), else the start of today; an unreadable timestamp is reported to {@code warn} and ignored.
     */
    public String timestamp(Consumer<String> warn) {
        String stamp = configuredTimestamp();
        if (!stamp.isEmpty()) {
            try {
                Instant instant = stamp.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(stamp))
                        : OffsetDateTime.parse(stamp).toInstant();
                return UTC_SECONDS.format(instant);
            } catch (DateTimeParseException | NumberFormatException e) {
                warn.accept("project.build.outputTimestamp '" + stamp + "' is not a date-time; using aims.today");
            }
        }
        return UTC_SECONDS.format(today.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The manifest's date: the output timestamp as configured, else today. */
    public String manifestDate() {
        String stamp = configuredTimestamp();
        return stamp.isEmpty() ? today.toString() : outputTimestamp;
    }

    /** The output timestamp when one is set (an unresolved {@code ${...}} is none). */
    private String configuredTimestamp() {
        String stamp = outputTimestamp == null ? "" : outputTimestamp.strip();
        return stamp.startsWith("$") ? "" : stamp;
    }
}
