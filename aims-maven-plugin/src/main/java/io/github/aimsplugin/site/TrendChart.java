package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A small inline SVG line of one metric across releases, with its threshold as dashed lines: the geometry here, the
 * markup in {@code _trend.svg.mustache}, which escapes every text with {@link UserText#html}; numbers are formatted
 * here, never taken as text from a bundle.
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

    /** Values further than this many spreads from the median are drawn at the chart's edge, marked off scale. */
    static final double OFF_SCALE = 100;

    /** The range of values drawn, with room above and below; finite, low below high. */
    record Scale(double low, double high) {
        boolean contains(double value) {
            return value >= low && value <= high;
        }
    }

    /** A threshold's limit: a dashed line at {@code y}, its value beside it. */
    record Limit(int y, int labelY, String label) {}

    /**
     * A point: its circle, filled unless it is off scale (then an arrow at the edge points the way it lies), its
     * tooltip and its label under the axis.
     */
    record Mark(int x, int y, boolean off, String arrow, String fill, String circleFill, String tooltip,
            String anchor, String label) {}

    /** The chart ({@code _trend.svg.mustache}). */
    record Trend(String title, int width, int height, int left, int top, int plotWidth, int plotHeight, int right,
            int limitLabelX, int labelY, List<Limit> limits, boolean hasLine, String line, List<Mark> marks)
            implements SiteCharts.Chart {
        @Override
        public String template() {
            return "_trend.svg";
        }
    }

    /** The chart drawn with the built-in template. */
    static String svg(String title, List<Point> points, Metric.Threshold threshold) {
        return new SiteTemplates(null).svg(of(title, points, threshold));
    }

    static Trend of(String title, List<Point> points, Metric.Threshold threshold) {
        List<Double> values = new ArrayList<>(points.stream().map(Point::value).toList());
        values.addAll(limits(threshold));
        values.addAll(threshold.allowed());
        Scale scale = scale(values, limits(threshold));
        double low = scale.low();
        double high = scale.high();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Limit> limits = new ArrayList<>();
        for (Double limit : limits(threshold)) {
            int y = y(limit, low, high, plotHeight);
            limits.add(new Limit(y, y + 4, Numbers.show(limit)));
        }
        StringBuilder line = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = LEFT + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
            int y = y(point.value(), low, high, plotHeight);
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            boolean passes = threshold.admits(point.value());
            boolean off = !scale.contains(point.value());
            String fill = passes ? "#2f6fa8" : "#c62828";
            // an arrow at the edge, pointing the way the value lies: never drawn level with the others
            int tip = point.value() > high ? y - 8 : y + 8;
            marks.add(new Mark(x, y, off, off ? (x - 5) + "," + y + " " + (x + 5) + "," + y + " " + x + "," + tip
                    : null, fill, off ? "none" : fill,
                    point.label() + ": " + Numbers.show(point.value()) + (off ? " (off scale)" : ""),
                    anchor(i, points.size()), shorten(point.label())));
        }
        return new Trend(title, WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight, LEFT + plotWidth, LEFT - 4,
                HEIGHT - BOTTOM + 16, limits, points.size() > 1, line.toString(), marks);
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

    /**
     * The range drawn: the threshold's limits and every value within {@link #OFF_SCALE} spreads of the median (the
     * spread is the median distance from it, at least the median's size and the threshold's width). One release
     * that measured 1.7e308 must not flatten the others into one line at the bottom.
     */
    static Scale scale(List<Double> values, List<Double> limits) {
        List<Double> sorted = values.stream().filter(Double::isFinite).sorted().toList();
        if (sorted.isEmpty()) {
            return new Scale(-0.5, 0.5);
        }
        double median = sorted.get((sorted.size() - 1) / 2);
        double[] distances = sorted.stream().mapToDouble(value -> Math.abs(value - median)).sorted().toArray();
        double width = limits.size() == 2 ? Math.abs(limits.get(1) - limits.get(0)) : 0;
        double spread = Math.max(Math.max(distances[(distances.length - 1) / 2], Math.abs(median)), width);
        double reach = spread > 0 ? spread * OFF_SCALE : 1;
        List<Double> kept = sorted.stream().filter(value -> Math.abs(value - median) <= reach).toList();
        double low = kept.get(0);
        double high = kept.get(kept.size() - 1);
        // halves, so that the width of two finite doubles never overflows
        double pad = high > low ? (high / 2 - low / 2) * 0.2 : Math.max(Math.abs(high) * 0.1, 0.5);
        return new Scale(Math.max(low - pad, -Double.MAX_VALUE), Math.min(high + pad, Double.MAX_VALUE));
    }

    /** The height of a value, clamped to the plot: a value off scale sits on its edge. */
    private static int y(double value, double low, double high, int plotHeight) {
        double clamped = Math.min(Math.max(value, low), high);
        double share = (high / 2 - clamped / 2) / (high / 2 - low / 2);
        return TOP + (int) Math.round((Double.isFinite(share) ? share : 0.5) * plotHeight);
    }

    /** Labels at the ends of the axis are aligned inwards, so that none is cut off at the chart's edge. */
    private static String anchor(int index, int count) {
        if (count < 2) {
            return "middle";
        }
        return index == 0 ? "start" : index == count - 1 ? "end" : "middle";
    }

    private static String shorten(String label) {
        if (label.length() <= 14) {
            return label;
        }
        return label.substring(0, Character.isHighSurrogate(label.charAt(12)) ? 12 : 13) + "…";
    }
}
