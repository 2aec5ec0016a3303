package io.github.aimsplugin.site;

import io.github.aimsplugin.release.BundleMeasurements;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.load.ContainedFiles;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** What the Measurements page needs beyond this build's records: earlier releases' values, and the files read. */
final class MeasurementTrends {

    private MeasurementTrends() {}

    /** The measurements of each release bundle, oldest first; a bundle that cannot be read is left out with a warning. */
    static List<BundleMeasurements.Release> releases(Map<String, Path> bundles, Consumer<String> warn) {
        List<BundleMeasurements.Release> releases = new ArrayList<>();
        bundles.forEach((version, bundle) -> {
            try {
                releases.add(BundleMeasurements.read(version, bundle));
            } catch (IOException | RuntimeException e) {
                warn.accept("AIMS site: the measurements of release " + io.github.aimsplugin.schema.LogText.escape(version)
                        + " are left out of the trends: "
                        + io.github.aimsplugin.schema.LogText.escape(
                                String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            }
        });
        return releases;
    }

    /**
     * The metric sources of the model as the site's stamp lists files ({@code module<TAB>path}), so that a new
     * evaluation written by the tests rebuilds the site even when no record changed.
     */
    static List<String> sourcesOf(Path baseDirectory, AimsModel model) {
        Path base = ContainedFiles.real(baseDirectory);
        Set<String> entries = new LinkedHashSet<>();
        for (LoadedRecord record : model.records()) {
            if (!record.isValid() || record.origin().isReleased()) {
                continue;
            }
            List<Metric> metrics = record.value() instanceof Objective objective ? objective.metrics()
                    : record.value() instanceof Monitoring monitoring ? monitoring.metrics() : List.of();
            Path module = ContainedFiles.real(record.origin().baseDirectory());
            String relative = module.startsWith(base) ? base.relativize(module).toString().replace('\\', '/') : "";
            metrics.forEach(metric -> entries.add(relative + "\t" + metric.source()));
        }
        return List.copyOf(entries);
    }
}
