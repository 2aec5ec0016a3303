package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Inline SVG: the risk matrix, the heat maps and the bar charts. All text passes through {@link UserText#html}. */
public final class SiteCharts {

    private static final int CELL = 46;
    private static final int MARGIN = 70;

    private SiteCharts() {}

    /**
     * A likelihood × severity grid coloured by level. With counts, each cell shows its count and, when not empty,
     * links to {@code cellLink}.
     */
    public static String matrix(RiskCriteria criteria, Map<Rating, Integer> counts, Function<Rating, String> cellLink,
            String label) {
        int rows = criteria.likelihood().size();
        int columns = criteria.severity().size();
        int width = MARGIN + columns * CELL + 10;
        int height = rows * CELL + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"aims-chart aims-heatmap\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\"><title>").append(UserText.html(label)).append("</title>");
        for (int l = rows; l >= 1; l--) {
            int y = (rows - l) * CELL + 5;
            svg.append("<text x=\"").append(MARGIN - 6).append("\" y=\"").append(y + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(l).append(' ')
                    .append(UserText.html(shorten(criteria.likelihood().get(l - 1).label()))).append("</text>");
            for (int s = 1; s <= columns; s++) {
                Rating rating = new Rating(l, s);
                int x = MARGIN + (s - 1) * CELL;
                String colour = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::colour).filter(c -> c != null)
                        .orElse("#9aa5b1");
                String levelId = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
                Integer count = counts == null ? null : counts.getOrDefault(rating, 0);
                boolean linked = count != null && count > 0 && cellLink != null;
                if (linked) {
                    svg.append("<a href=\"").append(UserText.html(cellLink.apply(rating))).append("\">");
                }
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL - 2)
                        .append("\" height=\"").append(CELL - 2).append("\" fill=\"").append(UserText.html(colour))
                        .append("\"><title>likelihood ").append(l).append(", severity ").append(s).append(": ")
                        .append(UserText.html(levelId)).append(count == null ? "" : ", " + count + " risk(s)")
                        .append("</title></rect>");
                svg.append("<text x=\"").append(x + CELL / 2 - 1).append("\" y=\"").append(y + CELL / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"#fff\">")
                        .append(count == null ? UserText.html(levelId) : (count == 0 ? "" : String.valueOf(count)))
                        .append("</text>");
                if (linked) {
                    svg.append("</a>");
                }
            }
        }
        for (int s = 1; s <= columns; s++) {
            svg.append("<text x=\"").append(MARGIN + (s - 1) * CELL + CELL / 2 - 1).append("\" y=\"")
                    .append(rows * CELL + 22).append("\" text-anchor=\"middle\">").append(s).append("</text>");
        }
        svg.append("<text x=\"").append(MARGIN + columns * CELL / 2).append("\" y=\"").append(rows * CELL + 42)
                .append("\" text-anchor=\"middle\">severity →</text></svg>");
        return svg.toString();
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
                    .append(UserText.html(bar.getKey())).append("</text><rect x=\"158\" y=\"").append(y)
                    .append("\" width=\"").append(width).append("\" height=\"20\" fill=\"#2f6fa8\"></rect><text x=\"")
                    .append(164 + width).append("\" y=\"").append(y + 15).append("\">").append(bar.getValue())
                    .append("</text>");
            y += 26;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 9 ? label.substring(0, 8) + "…" : label;
    }
}
