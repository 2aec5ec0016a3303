package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.EvidenceFile;
import io.github.aimsplugin.schema.EvidenceFiles;
import io.github.aimsplugin.schema.load.ContainedFiles;
import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads metric values from the files the build wrote (release metrics) or from monitoring exports (operation metrics,
 * read as their dated history). A source is resolved as evidence files are (inside the module
 * after following links, a regular file) and refused unread when larger than {@link #MAX_BYTES}. Each file is read
 * and parsed once per reader, however many metrics it holds. Not thread-safe; one reader per check.
 */
public final class MetricReader {

    /** Largest metric source read: 16 MiB, room for a Surefire report with captured output. */
    public static final long MAX_BYTES = 16L << 20;

    private static final Map<String, MetricFormat> FORMATS = Map.of("json", new JsonMetricFormat(),
            "junit", new JunitMetricFormat(), "csv", new CsvMetricFormat(), "properties", new PropertiesMetricFormat());

    /** Each source parsed once per format: its content, or the exception that says why it cannot be parsed. */
    private final Map<String, Object> parsed = new HashMap<>();

    /** The value of a metric whose record lives in {@code moduleDirectory}. */
    public MetricReading read(Path moduleDirectory, Metric metric) {
        String source = metric.source();
        String textProblem = EvidenceFiles.problemOfText("metric source", source);
        if (textProblem != null) {
            return MetricReading.invalid(textProblem);
        }
        if (!Files.exists(moduleDirectory.resolve(source), LinkOption.NOFOLLOW_LINKS)) {
            return MetricReading.missing(source + " does not exist");
        }
        EvidenceFiles.Resolution resolution = EvidenceFiles.resolve(moduleDirectory, "metric source", source,
                MAX_BYTES);
        if (resolution.file() == null) {
            return resolution.problem().contains("does not exist") ? MetricReading.missing(source + " does not exist")
                    : MetricReading.invalid(resolution.problem());
        }
        MetricFormat format = FORMATS.get(metric.format());
        if (format == null) {
            return MetricReading.invalid("format " + Excerpts.authored(String.valueOf(metric.format()))
                    + " is not one of " + FORMATS.keySet());
        }
        try {
            Object content = parsed(format, metric.format(), resolution.file());
            if (metric.inOperation()) {
                // oldest first; of two values on one date the later row stands
                List<Observation> series = new ArrayList<>(format.observations(content, metric));
                series.sort(Comparator.comparing(Observation::on));
                return MetricReading.observed(series);
            }
            return MetricReading.measured(format.select(content, metric), format.samples(content, metric));
        } catch (MetricException e) {
            return MetricReading.invalid(source + ": " + e.getMessage());
        } catch (IOException e) {
            return MetricReading.invalid(source + " cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser's own failure on hostile input: a located problem of this metric, never the end of the check.
            // its message may quote the file, so only its kind
            return MetricReading.invalid(source + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private Object parsed(MetricFormat format, String formatName, EvidenceFile file)
            throws IOException, MetricException {
        String key = formatName + "\u0000" + file.real();
        Object cached = parsed.get(key);
        if (cached == null) {
            try {
                cached = format.parse(content(file));
            } catch (MetricException e) {
                cached = e;
            }
            parsed.put(key, cached);
        }
        if (cached instanceof MetricException e) {
            throw e;
        }
        return cached;
    }

    private static byte[] content(EvidenceFile file) throws IOException, MetricException {
        try (InputStream in = ContainedFiles.open(file.real())) {
            // the size was checked when resolved; read at most one byte more, in case the file grew since
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new MetricException("grew beyond the limit of " + MAX_BYTES + " bytes while being read");
            }
            return content;
        }
    }
}
