package io.github.aimsplugin.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pictures of the PDF audit pack: the site's own SVG charts (risk matrix, inherent and residual heat maps, the
 * dashboard's bar charts), written as files beside the pack's source, where the page sources' {@code image::} lines
 * under {@code ifdef::backend-pdf[]} find them and asciidoctor-pdf draws them as vectors. The HTML pages keep their
 * inline SVG; these files exist only when a pack is built. Text in them is escaped by the chart templates
 * ({@link SiteTemplates#svg}).
 */
final class PackCharts {

    static final String MATRIX = "pack-risk-matrix.svg";
    static final String INHERENT = "pack-heat-map-inherent.svg";
    static final String RESIDUAL = "pack-heat-map-residual.svg";
    static final String SOA = "pack-soa-coverage.svg";
    static final String RISK_LEVELS = "pack-risks-by-level.svg";

    /** The body font of the pack's theme (asciidoctor-pdf's default theme, which the pack's theme extends). */
    static final String FONT = "Noto Serif";
    static final int FONT_SIZE = 12;

    private PackCharts() {}

    /** Writes every chart into {@code adoc}; returns the file names with their SVG, in a stable order. */
    static Map<String, String> write(SiteInput input, SiteLinks links, SiteTemplates templates, Path adoc)
            throws IOException {
        return write(input, links, templates, adoc, SiteFiles.open(adoc.getParent()));
    }

    /** Writes every chart into {@code adoc} (each only if it changed); returns the file names with their SVG. */
    static Map<String, String> write(SiteInput input, SiteLinks links, SiteTemplates templates, Path adoc,
            SiteFiles files) throws IOException {
        OverviewViews views = new OverviewViews(input, links, templates);
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(MATRIX, views.matrix());
        // No links in the pack: the lists the HTML cells link to are not part of it.
        charts.put(INHERENT, views.heatMap(false, false));
        charts.put(RESIDUAL, views.heatMap(true, false));
        charts.put(SOA, views.soaChart());
        charts.put(RISK_LEVELS, views.riskChart());
        for (Map.Entry<String, String> chart : charts.entrySet()) {
            files.write(adoc.resolve(chart.getKey()), inPackFont(chart.getValue()) + "\n");
        }
        return charts;
    }

    /**
     * The chart in the pack's body font: without a font family the SVG renderer picks a built-in PDF font, which has
     * no arrows and no characters beyond Windows-1252 for the labels of the axes and of the user's criteria. Its size
     * is the one the site's style sheet gives the charts, so that labels sit clear of the cells as they do in HTML.
     */
    static String inPackFont(String svg) {
        return svg.replaceFirst("^<svg ", "<svg font-family=\"" + FONT + "\" font-size=\"" + FONT_SIZE + "\" ");
    }
}
