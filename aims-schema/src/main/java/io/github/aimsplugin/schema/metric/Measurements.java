package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKinds;
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
     * belong to another build (their values travel in the bundle instead).
     */
    public static List<Measurement> of(AimsModel model) {
        MetricReader reader = new MetricReader();
        List<Measurement> measurements = new ArrayList<>();
        for (LoadedRecord record : model.records()) {
            if (!record.isValid() || record.origin().isReleased()) {
                continue;
            }
            List<Metric> metrics;
            List<String> controls;
            if (record.value() instanceof Objective objective) {
                metrics = objective.metrics();
                controls = objective.controls();
            } else if (record.value() instanceof Monitoring monitoring) {
                metrics = monitoring.metrics();
                controls = monitoring.controls();
            } else {
                continue;
            }
            for (int i = 0; i < metrics.size(); i++) {
                Metric metric = metrics.get(i);
                measurements.add(new Measurement(record, i, metric,
                        reader.read(record.origin().baseDirectory(), metric), controls));
            }
        }
        return measurements;
    }

    /** Whether any record of the model binds a metric. */
    public static boolean any(AimsModel model) {
        return model.all(RecordKinds.OBJECTIVE).stream().anyMatch(o -> !o.metrics().isEmpty())
                || model.all(RecordKinds.MONITORING).stream().anyMatch(m -> !m.metrics().isEmpty());
    }
}
