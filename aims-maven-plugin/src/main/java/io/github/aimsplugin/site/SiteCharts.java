package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Inline SVG: the risk matrix, the heat maps and the bar charts. All text passes through {@link UserText#html}. */
public final class SiteCharts {

    private static final int CELL = 46;
    private static final int CHAR_WIDTH = 7;
    private static final int LINE = 14;
    private static final int TITLE = 26;
    /** The longest line of a wrapped axis label, in characters; longer words are cut over several lines. */
    private static final int MAX_LINE_CHARS = 24;

    private SiteCharts() {}

    /**
     * A likelihood × severity grid coloured by level, under its title, with the full label of every likelihood
     * (rows) and severity (columns), wrapped over several lines rather than cut short. With counts, each cell shows
     * its count and, when not empty, links to {@code cellLink}.
     */
    public static String matrix(RiskCriteria criteria, Map<Rating, Integer> counts, Function<Rating, String> cellLink,
            String title) {
        int rows = criteria.likelihood().size();
        int columns = criteria.severity().size();
        List<List<String>> rowLabels = new ArrayList<>();
        criteria.likelihood().forEach(l -> rowLabels.add(wrap(l.value() + " " + l.label(), MAX_LINE_CHARS)));
        int margin = 24 + CHAR_WIDTH * rowLabels.stream().flatMap(List::stream).mapToInt(String::length).max()
                .orElse(4);
        int rowHeight = Math.max(CELL, LINE * rowLabels.stream().mapToInt(List::size).max().orElse(1) + 8);
        int columnChars = Math.min(MAX_LINE_CHARS, Math.max(6, criteria.severity().stream()
                .flatMap(s -> java.util.Arrays.stream(s.label().split(" ")))
                .mapToInt(String::length).max().orElse(6)));
        int columnWidth = Math.max(CELL, columnChars * CHAR_WIDTH + 8);
        List<List<String>> columnLabels = new ArrayList<>();
        criteria.severity().forEach(s -> {
            List<String> lines = new ArrayList<>(List.of(String.valueOf(s.value())));
            lines.addAll(wrap(s.label(), columnChars));
            columnLabels.add(lines);
        });
        int labelLines = columnLabels.stream().mapToInt(List::size).max().orElse(1);
        int gridTop = TITLE + 5;
        int gridBottom = gridTop + rows * rowHeight;
        int width = margin + columns * columnWidth + 10;
        int height = gridBottom + labelLines * LINE + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"aims-chart aims-heatmap\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\"><title>").append(UserText.html(title)).append("</title>");
        svg.append("<text class=\"aims-chart-title\" x=\"").append(margin).append("\" y=\"18\" font-weight=\"bold\">")
                .append(UserText.html(title)).append("</text>");
        svg.append("<text x=\"12\" y=\"").append((gridTop + gridBottom) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").append((gridTop + gridBottom) / 2)
                .append(")\">likelihood →</text>");
        for (int l = rows; l >= 1; l--) {
            int y = gridTop + (rows - l) * rowHeight;
            List<String> lines = rowLabels.get(l - 1);
            int firstBaseline = y + rowHeight / 2 + 4 - (lines.size() - 1) * LINE / 2;
            lines(svg, margin - 6, firstBaseline, "end", lines);
            for (int s = 1; s <= columns; s++) {
                Rating rating = new Rating(l, s);
                int x = margin + (s - 1) * columnWidth;
                String colour = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::colour).filter(c -> c != null)
                        .orElse("#9aa5b1");
                String levelId = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
                Integer count = counts == null ? null : counts.getOrDefault(rating, 0);
                boolean linked = count != null && count > 0 && cellLink != null;
                if (linked) {
                    svg.append("<a href=\"").append(UserText.html(cellLink.apply(rating))).append("\">");
                }
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                        .append(columnWidth - 2).append("\" height=\"").append(rowHeight - 2).append("\" fill=\"")
                        .append(UserText.html(colour)).append("\"><title>likelihood ").append(l).append(", severity ")
                        .append(s).append(": ").append(UserText.html(levelId))
                        .append(count == null ? "" : ", " + count + " risk(s)").append("</title></rect>");
                svg.append("<text x=\"").append(x + columnWidth / 2 - 1).append("\" y=\"").append(y + rowHeight / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"#fff\">")
                        .append(count == null ? UserText.html(levelId) : (count == 0 ? "" : String.valueOf(count)))
                        .append("</text>");
                if (linked) {
                    svg.append("</a>");
                }
            }
        }
        for (int s = 1; s <= columns; s++) {
            lines(svg, margin + (s - 1) * columnWidth + columnWidth / 2 - 1, gridBottom + 16, "middle",
                    columnLabels.get(s - 1));
        }
        svg.append("<text x=\"").append(margin + columns * columnWidth / 2).append("\" y=\"")
                .append(gridBottom + labelLines * LINE + 22).append("\" text-anchor=\"middle\">severity →</text></svg>");
        return svg.toString();
    }

    /** One {@code <text>} with a {@code <tspan>} per line, the first line's baseline at {@code y}. */
    private static void lines(StringBuilder svg, int x, int y, String anchor, List<String> lines) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? 0 : LINE).append("\">")
                    .append(UserText.html(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /** Words over lines of at most {@code width} characters; a longer word is cut, nothing is left out. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A horizontal bar chart of labelled counts. */
    public static String bars(List<Map.Entry<String, Integer>> bars, String label) {
        int max = Math.max(1, bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
        int height = bars.size() * 26 + 10;
        StringBuilder svg = new StringBuilder("<svg class=\"aims-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " width=\"520\" height=\"" + height + "\" viewBox=\"0 0 520 " + height + "\"><title>"
                + UserText.html(label) + "</title>");
        int y = 5;
        for (Map.Entry<String, Integer> bar : bars) {
            int width = (int) Math.round(300.0 * bar.getValue() / max);
            svg.append("<text x=\"150\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(UserText.html(bar.getKey())).append("</text>");
            // No bar for nought: an empty rectangle is invalid SVG to some renderers (the PDF pack's among them).
            if (width > 0) {
                svg.append("<rect x=\"158\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"20\" fill=\"#2f6fa8\"></rect>");
            }
            svg.append("<text x=\"").append(164 + width).append("\" y=\"").append(y + 15).append("\">")
                    .append(bar.getValue()).append("</text>");
            y += 26;
        }
        return svg.append("</svg>").toString();
    }
}
