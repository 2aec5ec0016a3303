package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Every metric of a model's Objective and Monitoring records, measured from this build's files. */
public final class Measurements {

    /** The last model read, by identity, with the state of its sources then: the rules and the site share one read. */
    private record Last(WeakReference<AimsModel> model, String sources, List<Measurement> measurements) {}

    private static volatile Last last;

    private Measurements() {}

    /**
     * The metrics of this build's own records, in record order. Records of released bundles are left out: their files
     * belong to another build (their values travel in the bundle instead). The files are read once for a model while
     * they do not change (size and modification time), however many rules and pages ask.
     */
    public static List<Measurement> of(AimsModel model) {
        String sources = sourcesState(model);
        Last cached = last;
        if (cached != null && cached.model().get() == model && cached.sources().equals(sources)) {
            return cached.measurements();
        }
        List<Measurement> measurements = List.copyOf(read(model));
        last = new Last(new WeakReference<>(model), sources, measurements);
        return measurements;
    }

    private static String sourcesState(AimsModel model) {
        StringBuilder state = new StringBuilder();
        for (LoadedRecord record : model.records()) {
            for (Metric metric : metricsOf(record)) {
                Path file = record.origin().baseDirectory().resolve(metric.source());
                state.append(file).append('=');
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    state.append(attributes.size()).append('@').append(attributes.lastModifiedTime().toMillis());
                } catch (IOException | RuntimeException e) {
                    state.append("absent");
                }
                state.append('\n');
            }
        }
        return state.toString();
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
