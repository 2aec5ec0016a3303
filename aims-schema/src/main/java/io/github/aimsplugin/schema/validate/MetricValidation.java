package io.github.aimsplugin.schema.validate;

import io.github.aimsplugin.schema.EvidenceFiles;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import io.github.aimsplugin.schema.model.Numbers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Metric bindings name a source by the same path rules as file evidence (relative, on one line, inside the module),
 * an id unique within the record, and a threshold that some value can meet. The source itself is usually written
 * later in the build, so whether it exists is the concern of aims:check (metric-measured), not of validation.
 */
final class MetricValidation implements ModelValidation {

    static final String RULE = "metric-binding";

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        for (LoadedRecord record : context.model().records()) {
            List<Metric> metrics = record.value() instanceof Objective objective ? objective.metrics()
                    : record.value() instanceof Monitoring monitoring ? monitoring.metrics() : List.of();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < metrics.size(); i++) {
                Metric metric = metrics.get(i);
                String at = "/metrics/" + i;
                if (!ids.add(metric.id())) {
                    report(report, record, at + "/id", "metric id '" + metric.id() + "' appears twice in "
                            + record.id() + "; give each metric of a record its own id");
                }
                String pathProblem = EvidenceFiles.problemOfText("metric source", metric.source());
                if (pathProblem != null) {
                    report(report, record, at + "/source", pathProblem);
                }
                if (metric.inOperation() && !(record.value() instanceof Monitoring)) {
                    report(report, record, at + "/phase", "metric '" + metric.id() + "' is read in operation, but "
                            + record.id() + " is not a Monitoring record; bind it in the Monitoring record whose"
                            + " frequency says how often it is measured, and name " + record.id() + " in its objectives");
                } else if (metric.inOperation() && "junit".equals(metric.format())) {
                    report(report, record, at + "/format", "metric '" + metric.id() + "' is read in operation, but"
                            + " a JUnit report holds no dates; export the monitoring values as csv, json or properties");
                }
                Metric.Threshold threshold = metric.threshold();
                if (threshold.min() != null && threshold.max() != null && threshold.min() > threshold.max()) {
                    report(report, record, at + "/threshold", "threshold min " + Numbers.show(threshold.min())
                            + " is above max " + Numbers.show(threshold.max()) + "; no value can pass");
                }
            }
        }
    }

    private static void report(Consumer<Problem> report, LoadedRecord record, String pointer, String message) {
        report.accept(new Problem(record.locate(pointer), record.kind().name(), record.id(), message, RULE, null));
    }
}
