package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Numbers;
import java.util.List;

/**
 * One metric of an Objective or Monitoring record, as this build measured it.
 *
 * @param record the Objective or Monitoring record that declares the metric
 * @param index the metric's position in the record's {@code metrics}, for locating it
 * @param metric the binding as written
 * @param reading what the build's file holds
 * @param controls the Annex A controls of the record
 */
public record Measurement(LoadedRecord record, int index, Metric metric, MetricReading reading,
        List<String> controls) {

    public Measurement {
        controls = List.copyOf(controls);
    }

    /** The JSON Pointer of the metric inside its record, for locations. */
    public String pointer() {
        return "/metrics/" + index;
    }

    /** A key that names the metric across releases: "Objective/OBJ-fair-approvals/approval-rate-ratio". */
    public String key() {
        return record.kind().name() + "/" + record.id() + "/" + metric.id();
    }

    public boolean measured() {
        return reading.isMeasured();
    }

    /** Measured and within its threshold. */
    public boolean passed() {
        return measured() && metric.threshold().admits(reading.value());
    }

    /** Measured and outside its threshold. */
    public boolean failed() {
        return measured() && !passed();
    }

    /** "pass", "fail" or "not measured". */
    public String outcome() {
        return !measured() ? "not measured" : passed() ? "pass" : "fail";
    }

    /** The value as people write it, with its unit; "-" when not measured. */
    public String shownValue() {
        if (!measured()) {
            return "-";
        }
        return Numbers.show(reading.value()) + (metric.unit() == null ? "" : " " + metric.unit());
    }

    /** Where the value comes from: "target/x.json /approvalRateRatio". */
    public String shownSource() {
        return metric.source() + " " + metric.selector();
    }
}
