package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of the inline SVG charts: the risk matrix, the heat maps and the bar charts. The markup is in the
 * templates {@code _heat-map.svg.mustache} and {@code _bars.svg.mustache} of the site-template jar (or the user's),
 * which {@code SiteTemplates.svg} draws, escaping every text with {@link UserText#html}.
 */
public final class SiteCharts {

    private static final int CELL = 46;
    private static final int CHAR_WIDTH = 7;
    private static final int LINE = 14;
    private static final int TITLE = 26;
    /** The longest line of a wrapped axis label, in characters; longer words are cut over several lines. */
    private static final int MAX_LINE_CHARS = 24;

    /** A chart the site draws from a template: {@code <template>.mustache}. */
    interface Chart {
        String template();
    }

    /** A label of one or more lines, the first line's baseline at {@code y}. */
    record Label(int x, int y, String anchor, List<Line> lines) {}

    /** A line of a label: {@code dy} below the line before it. */
    record Line(int x, int dy, String text) {}

    /**
     * A cell of the matrix: its rectangle, colour and level; with counts, how many risks it holds and, when it holds
     * some and cells link, where it links to.
     */
    record Cell(boolean linked, String href, int x, int y, int width, int height, String colour, int likelihood,
            int severity, String level, boolean counted, int count, int textX, int textY, String text) {}

    /** A row of the matrix: a likelihood, its label and its cells. */
    record MatrixRow(Label label, List<Cell> cells) {}

    /** The risk matrix or a heat map ({@code _heat-map.svg.mustache}). */
    record Matrix(String title, int width, int height, int margin, int axisY, List<MatrixRow> rows,
            List<Label> columns, int severityX, int severityY) implements Chart {
        @Override
        public String template() {
            return "_heat-map.svg";
        }
    }

    /** A bar: its label and value, the bar drawn only when wider than nought. */
    record Bar(String label, int value, int y, int textY, int width, boolean drawn, int valueX) {}

    /** A horizontal bar chart ({@code _bars.svg.mustache}). */
    record Bars(String title, int height, List<Bar> bars) implements Chart {
        @Override
        public String template() {
            return "_bars.svg";
        }
    }

    private SiteCharts() {}

    /**
     * A likelihood × severity grid coloured by level, under its title, with the full label of every likelihood
     * (rows) and severity (columns), wrapped over several lines rather than cut short. With counts, each cell shows
     * its count and, when not empty, links to {@code cellLink}.
     */
    static Matrix matrix(RiskCriteria criteria, Map<Rating, Integer> counts, Function<Rating, String> cellLink,
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
        List<MatrixRow> matrixRows = new ArrayList<>();
        for (int l = rows; l >= 1; l--) {
            int y = gridTop + (rows - l) * rowHeight;
            List<String> lines = rowLabels.get(l - 1);
            int firstBaseline = y + rowHeight / 2 + 4 - (lines.size() - 1) * LINE / 2;
            List<Cell> cells = new ArrayList<>();
            for (int s = 1; s <= columns; s++) {
                Rating rating = new Rating(l, s);
                int x = margin + (s - 1) * columnWidth;
                String colour = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::colour).filter(c -> c != null)
                        .orElse("#9aa5b1");
                String levelId = criteria.levelOf(rating).map(RiskCriteria.RiskLevel::id).orElse("?");
                Integer count = counts == null ? null : counts.getOrDefault(rating, 0);
                boolean linked = count != null && count > 0 && cellLink != null;
                cells.add(new Cell(linked, linked ? cellLink.apply(rating) : null, x, y, columnWidth - 2,
                        rowHeight - 2, colour, l, s, levelId, count != null, count == null ? 0 : count,
                        x + columnWidth / 2 - 1, y + rowHeight / 2 + 4,
                        count == null ? levelId : count == 0 ? "" : String.valueOf(count)));
            }
            matrixRows.add(new MatrixRow(label(margin - 6, firstBaseline, "end", lines), cells));
        }
        List<Label> columnLabelViews = new ArrayList<>();
        for (int s = 1; s <= columns; s++) {
            columnLabelViews.add(label(margin + (s - 1) * columnWidth + columnWidth / 2 - 1, gridBottom + 16,
                    "middle", columnLabels.get(s - 1)));
        }
        return new Matrix(title, margin + columns * columnWidth + 10, gridBottom + labelLines * LINE + 30, margin,
                (gridTop + gridBottom) / 2, matrixRows, columnLabelViews, margin + columns * columnWidth / 2,
                gridBottom + labelLines * LINE + 22);
    }

    private static Label label(int x, int y, String anchor, List<String> lines) {
        List<Line> views = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            views.add(new Line(x, i == 0 ? 0 : LINE, lines.get(i)));
        }
        return new Label(x, y, anchor, views);
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
    static Bars bars(List<Map.Entry<String, Integer>> bars, String label) {
        int max = Math.max(1, bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
        List<Bar> views = new ArrayList<>();
        int y = 5;
        for (Map.Entry<String, Integer> bar : bars) {
            int width = (int) Math.round(300.0 * bar.getValue() / max);
            // No bar for nought: an empty rectangle is invalid SVG to some renderers (the PDF pack's among them).
            views.add(new Bar(bar.getKey(), bar.getValue(), y, y + 15, width, width > 0, 164 + width));
            y += 26;
        }
        return new Bars(label, bars.size() * 26 + 10, views);
    }
}
