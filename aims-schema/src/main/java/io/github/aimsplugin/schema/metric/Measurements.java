package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import java.util.ArrayList;
import java.util.List;

/** Every metric of a model's Objective and Monitoring records, measured from this build's files. */
public final class Measurements {

    private Measurements() {}

    /**
     * The metrics of this build's own records, in record order. Records of released bundles are left out: their files
     * belong to another build (their values travel in the bundle instead). Each call reads the files, so that a value
     * is never one a static cache kept from another module or build (the files are small: a few reads per goal).
     */
    public static List<Measurement> of(AimsModel model) {
        return List.copyOf(read(model));
    }

    private static List<Metric> metricsOf(LoadedRecord record) {
        if (!record.isValid() || record.origin().isReleased()) {
            return List.of();
        }
        return record.value() instanceof Objective objective ? objective.metrics()
                : record.value() instanceof Monitoring monitoring ? monitoring.metrics() : List.of();
    }

    private static List<Measurement> read(AimsModel model) {
        MetricReader reader = new MetricReader();
        List<Measurement> measurements = new ArrayList<>();
        for (LoadedRecord record : model.records()) {
            List<Metric> metrics = metricsOf(record);
            if (metrics.isEmpty()) {
                continue;
            }
            List<String> controls = record.value() instanceof Objective objective ? objective.controls()
                    : ((Monitoring) record.value()).controls();
            for (int i = 0; i < metrics.size(); i++) {
                Metric metric = metrics.get(i);
                measurements.add(new Measurement(record, i, metric,
                        reader.read(record.origin().baseDirectory(), metric), controls));
            }
        }
        return measurements;
    }
}
