package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric values a release measured, carried in its bundle ({@code "measurements"} beside the records), so that
 * later builds draw each metric's trend across releases without the files of those builds.
 */
public final class BundleMeasurements {

    /** Fewer than any AIMS binds; a bundle with more is read up to this many. */
    static final int MAX_MEASUREMENTS = 10_000;

    /** The values one release measured, by metric key ({@code Kind/record/metric}). */
    public record Release(String version, Map<String, Double> values) {
        public Release {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private BundleMeasurements() {}

    /** Adds the model's measurements to a bundle being written, in key order; values not measured are null. */
    static void add(ObjectNode bundle, AimsModel model) {
        List<Measurement> measurements = new ArrayList<>(Measurements.of(model));
        if (measurements.isEmpty()) {
            return;
        }
        measurements.sort(Comparator.comparing(Measurement::key));
        ArrayNode list = bundle.putArray("measurements");
        for (Measurement measurement : measurements) {
            ObjectNode node = list.addObject().put("key", measurement.key())
                    .put("threshold", measurement.metric().threshold().show())
                    .put("outcome", measurement.outcome());
            if (measurement.measured()) {
                node.put("value", measurement.reading().value());
            } else {
                node.putNull("value");
            }
        }
    }

    /**
     * The measured values of a released bundle, read as safely as its records (a regular file, size-limited);
     * entries without a finite number are left out.
     */
    public static Release read(String version, Path bundle) throws IOException {
        JsonNode root = ModelBundle.JSON.readTree(ModelBundle.bytesOf(bundle));
        if (root == null || !ModelBundle.FORMAT.equals(root.path("format").asText())) {
            throw new IOException(bundle.getFileName() + " is not an AIMS bundle (expected \"format\": \""
                    + ModelBundle.FORMAT + "\")");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (JsonNode entry : root.path("measurements")) {
            JsonNode value = entry.path("value");
            if (values.size() < MAX_MEASUREMENTS && entry.path("key").isTextual() && value.isNumber()
                    && Double.isFinite(value.doubleValue())) {
                values.put(entry.path("key").asText(), value.doubleValue());
            }
        }
        return new Release(version, values);
    }
}
