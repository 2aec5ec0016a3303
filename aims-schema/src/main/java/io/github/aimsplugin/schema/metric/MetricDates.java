package io.github.aimsplugin.schema.metric;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;

/** The dates of monitoring exports: YYYY-MM-DD, or an ISO date-time with an offset, taken as its date in UTC. */
final class MetricDates {

    private MetricDates() {}

    /** The date; the message names where it was looked for, never the text found (it is the file's, not ours). */
    static LocalDate parse(String text, String what) throws MetricException {
        String trimmed = text == null ? "" : text.strip();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed);
            }
            return OffsetDateTime.parse(trimmed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeException e) {
            // also a date-time whose offset takes it out of the years a LocalDate holds (-999999999-01-01T00:00+01:00)
            throw new MetricException(what + " is not a date written YYYY-MM-DD (or an ISO date-time with an offset)");
        }
    }
}
