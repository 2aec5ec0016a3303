package io.github.aimsplugin.schema.metric;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How old the latest value of an operation metric may be, by its Monitoring record's frequency: one period plus a
 * grace for the export to be written and committed. A weekly metric dated Monday is still current the Thursday after.
 *
 * @param frequency the record's frequency (continuous, daily, weekly, monthly, quarterly, half-yearly, yearly)
 * @param periodDays the days between two measurements
 * @param graceDays the days allowed beyond one period
 */
public record MonitoringFrequency(String frequency, int periodDays, int graceDays) {

    private static final Map<String, MonitoringFrequency> KNOWN = Map.of(
            "continuous", new MonitoringFrequency("continuous", 1, 1),
            "daily", new MonitoringFrequency("daily", 1, 1),
            "weekly", new MonitoringFrequency("weekly", 7, 3),
            "monthly", new MonitoringFrequency("monthly", 31, 7),
            "quarterly", new MonitoringFrequency("quarterly", 92, 14),
            "half-yearly", new MonitoringFrequency("half-yearly", 183, 14),
            "yearly", new MonitoringFrequency("yearly", 366, 30));

    /** The frequency of a Monitoring record, or null when it is not one the schema allows. */
    public static MonitoringFrequency of(String frequency) {
        return frequency == null ? null : KNOWN.get(frequency);
    }

    /** The oldest a latest value may be, in days. */
    public int maxAgeDays() {
        return periodDays + graceDays;
    }

    /** Whether a value measured on {@code on} is too old on {@code today}. */
    public boolean stale(LocalDate on, LocalDate today) {
        return ChronoUnit.DAYS.between(on, today) > maxAgeDays();
    }

    /** "weekly monitoring allows at most 10 days (7 and 3 days' grace)". */
    public String allowance() {
        return frequency + " monitoring allows at most " + maxAgeDays() + " days (" + periodDays + " and " + graceDays
                + " days' grace)";
    }
}
