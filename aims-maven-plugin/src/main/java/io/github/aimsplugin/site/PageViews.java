package io.github.aimsplugin.site;

/**
 * The view builders of one site write, from which the registry's pages make their views. The metric files are read
 * once, by {@link MeasurementViews}, for every page that shows metrics; charts are drawn with the
 * site's templates.
 */
record PageViews(SiteInput input, SiteLinks links, OverviewViews overview, ControlViews controls,
        RecordViews records, PerformanceViews performance, MeasurementViews measurements, HistoryViews history) {

    static PageViews of(SiteInput input, SiteLinks links, SiteTemplates templates) {
        return new PageViews(input, links, new OverviewViews(input, links, templates), new ControlViews(input, links),
                new RecordViews(input, links), new PerformanceViews(input, links),
                new MeasurementViews(input, links, templates), new HistoryViews(input.trail(), links));
    }
}
