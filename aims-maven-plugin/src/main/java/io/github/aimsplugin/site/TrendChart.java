package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A small inline SVG line of one metric across releases, with its threshold as dashed lines. Every text passes
 * through {@link UserText#html}; numbers are formatted here, never taken as text from a bundle.
 */
final class TrendChart {

    /** One point: the release (or "this build") and the value measured then. */
    record Point(String label, double value) {}

    private static final int WIDTH = 420;
    private static final int HEIGHT = 150;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    private TrendChart() {}

    static String svg(String title, List<Point> points, Metric.Threshold threshold) {
        List<Double> values = new ArrayList<>(points.stream().map(Point::value).toList());
        if (threshold.min() != null) {
            values.add(threshold.min());
        }
        if (threshold.max() != null) {
            values.add(threshold.max());
        }
        values.addAll(threshold.allowed());
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 0.5);
        low -= pad;
        high += pad;
        StringBuilder svg = new StringBuilder("<svg class=\"aims-chart aims-trend\" xmlns=\"http://www.w3.org/2000/svg\""
                + " role=\"img\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\"><title>" + UserText.html(title) + "</title>");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(plotWidth)
                .append("\" height=\"").append(plotHeight).append("\" fill=\"none\" stroke=\"#c5ccd3\"></rect>");
        for (Double limit : limits(threshold)) {
            int y = y(limit, low, high, plotHeight);
            svg.append("<line class=\"aims-threshold\" x1=\"").append(LEFT).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(LEFT + plotWidth).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#c62828\" stroke-dasharray=\"5,4\"></line><text x=\"").append(LEFT - 4)
                    .append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" font-size=\"11\">")
                    .append(UserText.html(Numbers.show(limit))).append("</text>");
        }
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = LEFT + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
            int y = y(point.value(), low, high, plotHeight);
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            boolean passes = threshold.admits(point.value());
            marks.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"")
                    .append(passes ? "#2f6fa8" : "#c62828").append("\"><title>")
                    .append(UserText.html(point.label() + ": " + Numbers.show(point.value()))).append("</title></circle>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"").append(anchor(i, points.size()))
                    .append("\" font-size=\"11\">").append(UserText.html(shorten(point.label())))
                    .append("</text>");
        }
        if (points.size() > 1) {
            svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#2f6fa8\"")
                    .append(" stroke-width=\"2\"></polyline>");
        }
        return svg.append(marks).append("</svg>").toString();
    }

    private static List<Double> limits(Metric.Threshold threshold) {
        List<Double> limits = new ArrayList<>();
        if (threshold.min() != null) {
            limits.add(threshold.min());
        }
        if (threshold.max() != null) {
            limits.add(threshold.max());
        }
        return limits;
    }

    private static int y(double value, double low, double high, int plotHeight) {
        return TOP + (int) Math.round((high - value) / (high - low) * plotHeight);
    }

    /** Labels at the ends of the axis are aligned inwards, so that none is cut off at the chart's edge. */
    private static String anchor(int index, int count) {
        if (count < 2) {
            return "middle";
        }
        return index == 0 ? "start" : index == count - 1 ? "end" : "middle";
    }

    private static String shorten(String label) {
        return label.length() > 14 ? label.substring(0, 13) + "…" : label;
    }
}
