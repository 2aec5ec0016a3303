package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Numbers;
import java.util.List;

/**
 * One metric of an Objective or Monitoring record, as this build measured it or as its monitoring export holds it.
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

    /** Read from a monitoring export of the system in operation (clause 9.1, A.6.2.6), not written by this build. */
    public boolean inOperation() {
        return metric.inOperation();
    }

    /** Measured, but on fewer samples than the threshold's {@code minSamples}: neither a pass nor a fail. */
    public boolean notEnoughData() {
        return measured() && metric.threshold().tooFewSamples(reading.samples());
    }

    /** Measured on enough samples and within its threshold. */
    public boolean passed() {
        return measured() && !notEnoughData() && metric.threshold().admits(reading.value());
    }

    /** Measured on enough samples and outside its threshold. */
    public boolean failed() {
        return measured() && !notEnoughData() && !metric.threshold().admits(reading.value());
    }

    /**
     * "pass", "fail", "not enough data", or why there is no value: "not measured in this build" for a release metric
     * whose source this build did not write, "not measured" otherwise.
     */
    public String outcome() {
        if (!measured()) {
            return !inOperation() && reading.status() == MetricReading.Status.MISSING ? "not measured in this build"
                    : "not measured";
        }
        return notEnoughData() ? "not enough data" : passed() ? "pass" : "fail";
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
