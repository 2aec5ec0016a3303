package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.map;

import io.github.aimsplugin.release.BundleMeasurements;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Measurements page (every metric this build measured or its monitoring export holds, its threshold, result,
 * source, record, controls and risks, and its trend: across releases, or an operation metric's by date measured), the dashboard's counts, and the metrics sections of the performance and
 * system pages. The metric files are read once, when the views are made.
 */
final class MeasurementViews {

    private final SiteInput input;
    private final SiteLinks links;
    private final List<Measurement> measurements;

    MeasurementViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.links = links;
        this.measurements = Measurements.of(input.model());
    }

    Map<String, Object> page() {
        List<Map<String, Object>> trends = new ArrayList<>();
        for (Measurement measurement : measurements) {
            List<TrendChart.Point> points = points(measurement);
            if (points.isEmpty()) {
                continue;
            }
            String title = measurement.record().id() + ": " + measurement.metric().name();
            trends.add(map("title", title, "threshold", measurement.metric().threshold().show(),
                    "inOperation", measurement.inOperation(),
                    "trendChart", TrendChart.svg(title + (measurement.inOperation() ? " by the date measured"
                            : " across releases"), points,
                            measurement.metric().threshold()),
                    "pointsText", String.join(", ", points.stream()
                            .map(p -> p.label() + " " + io.github.aimsplugin.schema.model.Numbers.show(p.value()))
                            .toList())));
        }
        Map<String, Object> view = map("title", "Measurements", "hasMetrics", !measurements.isEmpty(),
                "rows", rows(measurement -> true), "trends", trends, "hasTrends", !trends.isEmpty(),
                "releaseCount", input.releases().size(),
                "releasesText", input.releases().isEmpty() ? "no previous release"
                        : String.join(", ", input.releases().stream().map(BundleMeasurements.Release::version)
                                .toList()));
        view.putAll(dashboard());
        return view;
    }

    /** The dashboard's counts: metrics failing, not measured and passing. */
    Map<String, Object> dashboard() {
        return map("hasMetrics", !measurements.isEmpty(),
                "metricsFailing", measurements.stream().filter(Measurement::failed).count(),
                "metricsNotMeasured", measurements.stream().filter(m -> !m.measured()).count(),
                "metricsNotEnoughData", measurements.stream().filter(Measurement::notEnoughData).count(),
                "metricsPassing", measurements.stream().filter(Measurement::passed).count());
    }

    /** The performance page's tables of the objectives' and the monitoring records' metrics. */
    Map<String, Object> performance() {
        List<Map<String, Object>> objectives = rows(m -> m.record().value() instanceof Objective);
        List<Map<String, Object>> monitoring = rows(m -> m.record().value() instanceof Monitoring);
        return map("objectiveMetrics", objectives, "hasObjectiveMetrics", !objectives.isEmpty(),
                "monitoringMetrics", monitoring, "hasMonitoringMetrics", !monitoring.isEmpty());
    }

    /** A system page's metrics: those of the objectives and monitoring records that name the system. */
    Map<String, Object> system(AISystem system) {
        List<Map<String, Object>> rows = rows(m -> systemsOf(m).contains(system.id()));
        return map("systemMetrics", rows, "hasSystemMetrics", !rows.isEmpty());
    }

    private static List<String> systemsOf(Measurement measurement) {
        if (measurement.record().value() instanceof Objective objective) {
            return objective.systems();
        }
        return measurement.record().value() instanceof Monitoring monitoring ? monitoring.systems() : List.of();
    }

    private List<Map<String, Object>> rows(Predicate<Measurement> which) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measurement measurement : measurements) {
            if (!which.test(measurement)) {
                continue;
            }
            rows.add(map("recordLink", links.record(measurement.record().kind().name(), measurement.record().id()),
                    "metric", measurement.metric().name(), "value", measurement.shownValue(),
                    "threshold", measurement.metric().threshold().show(),
                    "passed", measurement.passed(), "failed", measurement.failed(),
                    "notMeasured", !measurement.measured(), "notEnoughData", measurement.notEnoughData(),
                    "outcome", measurement.outcome(), "inOperation", measurement.inOperation(),
                    "measuredOn", measurement.reading().measuredOn() == null ? ""
                            : measurement.reading().measuredOn().toString(),
                    "problem", measurement.measured() ? "" : measurement.reading().problem(),
                    "from", measurement.shownSource(),
                    "producedBy", measurement.metric().producedBy(),
                    "controlsLinks", Views.joinedMarkup(measurement.controls().stream().map(SiteLinks::control)
                            .toList()),
                    "risksLinks", Views.joinedMarkup(measurement.metric().risks().stream()
                            .map(id -> links.link("risk", id)).toList())));
        }
        return rows;
    }

    /** The most values of an operation metric's history its chart draws (two years of weekly values). */
    static final int MAX_OPERATION_POINTS = 104;

    /**
     * The releases' values of a release metric, oldest first, then this build's; an operation metric's own history
     * by the date each value was measured on.
     */
    private List<TrendChart.Point> points(Measurement measurement) {
        List<TrendChart.Point> points = new ArrayList<>();
        if (measurement.inOperation()) {
            // The newest values only: an export may hold years of daily rows, more than a chart can show.
            List<io.github.aimsplugin.schema.metric.Observation> series = measurement.reading().series();
            for (io.github.aimsplugin.schema.metric.Observation observation
                    : series.subList(Math.max(0, series.size() - MAX_OPERATION_POINTS), series.size())) {
                points.add(new TrendChart.Point(observation.on().toString(), observation.value()));
            }
            return points;
        }
        for (BundleMeasurements.Release release : input.releases()) {
            Double value = release.values().get(measurement.key());
            if (value != null) {
                points.add(new TrendChart.Point(release.version(), value));
            }
        }
        if (measurement.measured()) {
            points.add(new TrendChart.Point("this build", measurement.reading().value()));
        }
        return points;
    }
}
