package io.github.aimsplugin.schema.metric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A number in a CSV file with a header row: one column, and a row by number, the last row, or by a matching cell. */
final class CsvMetricFormat implements MetricFormat {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvParser.Feature.TRIM_SPACES).build();

    /** The most data rows a metric source may have. */
    static final int MAX_ROWS = 200_000;

    /** The header and the data rows of a CSV file. */
    private record Table(List<String> header, List<Map<String, String>> rows) {}

    @Override
    public Object parse(byte[] content) throws MetricException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = List.of();
        try (MappingIterator<Map<String, String>> reader = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(content)) {
            while (reader.hasNextValue()) {
                if (rows.size() == MAX_ROWS) {
                    // a 16 MiB file of one-cell rows would be millions of maps: a heap's worth
                    throw new MetricException("has more than " + MAX_ROWS + " data rows; export a summary (the"
                            + " latest values) for the build to read");
                }
                rows.add(reader.nextValue());
            }
            if (reader.getParser().getSchema() instanceof CsvSchema schema) {
                header = new ArrayList<>(schema.getColumnNames());
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // the parser's own message quotes cells of the file: only where it broke
            throw new MetricException(MetricException.at(at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr()) + "malformed CSV (a row with more cells than the header, or"
                    + " an unclosed quote)");
        } catch (IOException | RuntimeException e) {
            throw new MetricException("malformed CSV");
        }
        return new Table(header, rows);
    }

    @Override
    public double select(Object parsed, Metric metric) throws MetricException {
        Table table = (Table) parsed;
        List<String> header = table.header();
        List<Map<String, String>> rows = table.rows();
        if (!header.contains(metric.column())) {
            throw new MetricException("has no column " + Excerpts.authored(metric.column()) + headerShape(header));
        }
        int index = rowIndex(rows, header, metric);
        String cell = rows.get(index).get(metric.column());
        // the header is line 1, so data row i (0-based) is line i + 2 when no cell spans lines
        return MetricNumbers.parse(cell == null ? "" : cell, "row " + (index + 1) + " of column "
                + Excerpts.authored(metric.column()));
    }

    /** Every row (or every row the where selection matches) as a dated value, in file order. */
    @Override
    public List<Observation> observations(Object parsed, Metric metric) throws MetricException {
        Table table = (Table) parsed;
        for (String column : new String[] {metric.column(), metric.measuredOn(), metric.samples(),
                metric.where() == null ? null : metric.where().column()}) {
            if (column != null && !table.header().contains(column)) {
                throw new MetricException("has no column " + Excerpts.authored(column));
            }
        }
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.rows().get(i);
            if (metric.where() != null && !metric.where().value().equals(row.get(metric.where().column()))) {
                continue;
            }
            String at = "row " + (i + 1) + " of column ";
            observations.add(new Observation(MetricDates.parse(row.get(metric.measuredOn()), at + Excerpts.authored(metric.measuredOn())),
                    MetricNumbers.parse(cell(row, metric.column()), at + Excerpts.authored(metric.column())),
                    metric.samples() == null ? null
                            : MetricNumbers.parse(cell(row, metric.samples()), at + Excerpts.authored(metric.samples()))));
        }
        if (observations.isEmpty()) {
            throw new MetricException(table.rows().isEmpty() ? "has no data rows"
                    : "has no row where " + Excerpts.authored(metric.where().column()) + " = "
                            + Excerpts.authored(metric.where().value()));
        }
        return observations;
    }

    private static String cell(Map<String, String> row, String column) {
        String cell = row.get(column);
        return cell == null ? "" : cell;
    }

    private static int rowIndex(List<Map<String, String>> rows, List<String> header, Metric metric)
            throws MetricException {
        if (rows.isEmpty()) {
            throw new MetricException("has no data rows");
        }
        if (metric.where() != null) {
            Metric.Where where = metric.where();
            if (!header.contains(where.column())) {
                throw new MetricException("has no column " + Excerpts.authored(where.column())
                        + " to select the row" + headerShape(header));
            }
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (where.value().equals(rows.get(i).get(where.column()))) {
                    return i;
                }
            }
            throw new MetricException("has no row where " + Excerpts.authored(where.column()) + " = "
                    + Excerpts.authored(where.value()));
        }
        if ("last".equals(metric.row())) {
            return rows.size() - 1;
        }
        int row;
        try {
            row = Integer.parseInt(metric.row());
        } catch (NumberFormatException e) {
            throw new MetricException("row " + Excerpts.authored(metric.row()) + " is not a row number (1 to " + rows.size()
                    + "), 'last' or a where selection");
        }
        if (row < 1 || row > rows.size()) {
            throw new MetricException("has " + rows.size() + " data rows, not " + row);
        }
        return row - 1;
    }

    /** " in its header (line 1, 3 columns)": the header's cells are the file's, and are never repeated. */
    private static String headerShape(List<String> header) {
        return " in its header (line 1, " + header.size() + " column" + (header.size() == 1 ? "" : "s")
                + "; the column names must match exactly, case and spaces included)";
    }
}
