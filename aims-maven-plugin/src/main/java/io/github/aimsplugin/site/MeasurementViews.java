package io.github.aimsplugin.site;

import io.github.aimsplugin.release.BundleMeasurements;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Measurements page (every metric this build measured or its monitoring export holds, its threshold, result,
 * source, record, controls and risks, and its trend: across releases, or an operation metric's by date measured), the dashboard's counts, and the metrics sections of the performance and
 * system pages. The metric files are read once, when the views are made.
 */
final class MeasurementViews {

    /** One metric's row: its record, value, threshold, result, source, controls and risks. */
    record Row(String recordLink, String metric, String value, String threshold, boolean passed, boolean failed,
            boolean notMeasured, boolean notEnoughData, String outcome, boolean inOperation, String measuredOn,
            String problem, String from, String producedBy, String controlsLinks, String risksLinks) {}

    /** One metric's trend, its chart already drawn. */
    record Trend(String title, String threshold, boolean inOperation, String trendChart, String pointsText) {}

    /** The counts the dashboard and the Measurements page show. */
    record Dashboard(boolean hasMetrics, long metricsFailing, long metricsNotMeasured, long metricsNotEnoughData,
            long metricsPassing) {}

    /** The Measurements page without its counts. */
    record PageView(String title, boolean hasMetrics, List<Row> rows, List<Trend> trends, boolean hasTrends,
            int releaseCount, String releasesText) {}

    /** The Measurements page ({@code measurements.adoc.mustache}). */
    record Page(PageView page, Dashboard dashboard) implements Parts {
        @Override
        public List<Object> scopes() {
            return List.of(page, dashboard);
        }
    }

    /** The performance page's tables of metrics. */
    record PerformanceMetrics(List<Row> objectiveMetrics, boolean hasObjectiveMetrics, List<Row> monitoringMetrics,
            boolean hasMonitoringMetrics) {}

    /** A system page's metrics. */
    record SystemMetrics(List<Row> systemMetrics, boolean hasSystemMetrics) {}

    private final SiteInput input;
    private final SiteLinks links;
    private final List<Measurement> measurements;

    private final SiteTemplates templates;

    MeasurementViews(SiteInput input, SiteLinks links, SiteTemplates templates) {
        this.input = input;
        this.links = links;
        this.templates = templates;
        this.measurements = Measurements.of(input.model());
    }

    Page page() {
        List<Trend> trends = new ArrayList<>();
        for (Measurement measurement : measurements) {
            List<TrendChart.Point> points = points(measurement);
            if (points.isEmpty()) {
                continue;
            }
            String title = measurement.record().id() + ": " + measurement.metric().name();
            trends.add(new Trend(title, measurement.metric().threshold().show(), measurement.inOperation(),
                    templates.svg(TrendChart.of(title + (measurement.inOperation() ? " by the date measured"
                            : " across releases"), points, measurement.metric().threshold())),
                    String.join(", ", points.stream()
                            .map(p -> p.label() + " " + io.github.aimsplugin.schema.model.Numbers.show(p.value()))
                            .toList())));
        }
        return new Page(new PageView("Measurements", !measurements.isEmpty(), rows(measurement -> true), trends,
                !trends.isEmpty(), input.releases().size(), input.releases().isEmpty() ? "no previous release"
                        : String.join(", ", input.releases().stream().map(BundleMeasurements.Release::version)
                                .toList())), dashboard());
    }

    /** The dashboard's counts: metrics failing, not measured and passing. */
    Dashboard dashboard() {
        return new Dashboard(!measurements.isEmpty(), measurements.stream().filter(Measurement::failed).count(),
                measurements.stream().filter(m -> !m.measured()).count(),
                measurements.stream().filter(Measurement::notEnoughData).count(),
                measurements.stream().filter(Measurement::passed).count());
    }

    /** The performance page's tables of the objectives' and the monitoring records' metrics. */
    PerformanceMetrics performance() {
        List<Row> objectives = rows(m -> m.record().value() instanceof Objective);
        List<Row> monitoring = rows(m -> m.record().value() instanceof Monitoring);
        return new PerformanceMetrics(objectives, !objectives.isEmpty(), monitoring, !monitoring.isEmpty());
    }

    /** A system page's metrics: those of the objectives and monitoring records that name the system. */
    SystemMetrics system(AISystem system) {
        List<Row> rows = rows(m -> systemsOf(m).contains(system.id()));
        return new SystemMetrics(rows, !rows.isEmpty());
    }

    private static List<String> systemsOf(Measurement measurement) {
        if (measurement.record().value() instanceof Objective objective) {
            return objective.systems();
        }
        return measurement.record().value() instanceof Monitoring monitoring ? monitoring.systems() : List.of();
    }

    private List<Row> rows(Predicate<Measurement> which) {
        List<Row> rows = new ArrayList<>();
        for (Measurement measurement : measurements) {
            if (!which.test(measurement)) {
                continue;
            }
            rows.add(new Row(links.record(measurement.record().kind().name(), measurement.record().id()),
                    measurement.metric().name(), measurement.shownValue(), measurement.metric().threshold().show(),
                    measurement.passed(), measurement.failed(), !measurement.measured(), measurement.notEnoughData(),
                    measurement.outcome(), measurement.inOperation(),
                    measurement.reading().measuredOn() == null ? "" : measurement.reading().measuredOn().toString(),
                    measurement.measured() ? "" : measurement.reading().problem(), measurement.shownSource(),
                    measurement.metric().producedBy(),
                    Views.joinedMarkup(measurement.controls().stream().map(SiteLinks::control).toList()),
                    Views.joinedMarkup(measurement.metric().risks().stream().map(id -> links.link("risk", id))
                            .toList())));
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
