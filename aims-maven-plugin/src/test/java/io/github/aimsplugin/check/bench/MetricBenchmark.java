package io.github.aimsplugin.check.bench;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.bench.SyntheticAims;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.metric.Measurement;
import io.github.aimsplugin.schema.metric.Measurements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What 100 metric bindings add to aims:check (target: at most 50 ms): the synthetic AIMS of CheckBenchmark (100
 * systems, 1,000 risks) with and without 100 metrics over ten Monitoring records — 40 JSON pointers into ten files,
 * 20 CSV cells of a 1,000-row file, 20 JUnit test cases of a 200-case report and 20 properties — read by both metric
 * rules. Prints the cold cost of reading them (first use of the JSON, CSV and XML parsers in the JVM), the warm cost,
 * and the warm difference of whole checks (validation and every rule). See BENCHMARKS.md.
 */
public final class MetricBenchmark {

    private MetricBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path plain = Files.createTempDirectory("aims-metric-bench-plain");
        Path measured = Files.createTempDirectory("aims-metric-bench-measured");
        SyntheticAims.write(plain, 100, 1000, 100);
        SyntheticAims.write(measured, 100, 1000, 100);
        int metrics = writeMetrics(measured);

        ValidationResult model = validate(measured);
        long start = System.nanoTime();
        List<Measurement> cold = Measurements.of(model.model());
        double coldMs = (System.nanoTime() - start) / 1e6;
        if (cold.size() != metrics || !cold.stream().allMatch(Measurement::passed)) {
            throw new IllegalStateException("expected " + metrics + " passing metrics, got " + cold.stream()
                    .filter(m -> !m.passed()).map(m -> m.key() + " " + m.reading()).limit(3).toList());
        }
        List<Double> reads = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ValidationResult fresh = validate(measured); // a new model: its files are read again, not cached
            long t = System.nanoTime();
            Measurements.of(fresh.model());
            reads.add((System.nanoTime() - t) / 1e6);
            without.add(check(plain));
            with.add(check(measured));
        }
        System.out.printf("metrics=%d%n", metrics);
        System.out.printf("reading %d metrics, first time in this JVM (parsers loaded): %.1f ms%n", metrics, coldMs);
        System.out.printf("reading %d metrics, warm: median %.1f ms (min %.1f, max %.1f)%n", metrics, median(reads),
                min(reads), max(reads));
        System.out.printf("whole check without metrics: median %.0f ms; with: median %.0f ms; difference %.0f ms%n",
                median(without), median(with), median(with) - median(without));
        System.out.println("raw without: " + sorted(without));
        System.out.println("raw with:    " + sorted(with));
    }

    private static ValidationResult validate(Path project) {
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(project,
                List.of(Path.of("src/main/aims")), LocalDate.of(2026, 11, 28), YamlLimits.defaults()));
        if (!validated.isValid()) {
            throw new IllegalStateException(validated.problems().get(0).format());
        }
        return validated;
    }

    /** Validation and every rule, as the mojo runs them (reports left out: CheckBenchmark measures those). */
    private static double check(Path project) {
        long t = System.nanoTime();
        ValidationResult validated = validate(project);
        CheckSettings settings = CheckSettings.defaults();
        RuleContext context = new RuleContext(validated.model(), Catalogs.builtIn(), LocalDate.of(2026, 11, 28),
                settings, List.of(), (group, artifact) -> SourceLocation.startOf("pom.xml"),
                SourceLocation.startOf("src/main/aims"), Map.of(), Map.of(), null);
        new RuleEngine(BuiltInRules.all()).run(context, Map.of());
        return (System.nanoTime() - t) / 1e6;
    }

    /** Ten Monitoring records of ten metrics each, and the files the "build" wrote for them. */
    static int writeMetrics(Path root) throws IOException {
        Path out = Files.createDirectories(root.resolve("target/aims-metrics"));
        StringBuilder csv = new StringBuilder("cohort,psi,auc\n");
        for (int row = 1; row <= 1000; row++) {
            csv.append("c").append(row).append(",0.0").append(row % 10).append(",0.8").append(row % 10).append('\n');
        }
        Files.writeString(out.resolve("drift.csv"), csv);
        StringBuilder junit = new StringBuilder("<?xml version=\"1.0\"?>\n<testsuite name=\"EvalTest\"><properties>");
        for (int p = 0; p < 50; p++) {
            junit.append("<property name=\"p").append(p).append("\" value=\"0.9\"/>");
        }
        junit.append("</properties>");
        for (int c = 0; c < 200; c++) {
            junit.append("<testcase classname=\"com.x.EvalTest\" name=\"case").append(c).append("\" time=\"0.01\"/>");
        }
        Files.writeString(out.resolve("TEST-com.x.EvalTest.xml"), junit.append("</testsuite>\n"));
        StringBuilder properties = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            properties.append("metric.").append(k).append("=0.9\n");
        }
        Files.writeString(out.resolve("metrics.properties"), properties);
        for (int f = 0; f < 10; f++) {
            Files.writeString(out.resolve("eval-" + f + ".json"), "{\"model\": {\"auc\": 0.81, \"gini\": 0.62,"
                    + " \"fairness\": {\"ratio\": 0.86, \"psi\": 0.04}}, \"rows\": 12000}\n");
        }
        StringBuilder yaml = new StringBuilder();
        int count = 0;
        for (int record = 0; record < 10; record++) {
            yaml.append("---\nkind: Monitoring\nid: MON-").append(record).append("\nsubject: Model quality ")
                    .append(record).append("\nmethod: Evaluation in the build\nfrequency: weekly\nowner: ml-lead\n")
                    .append("systems: [system-1]\ncontrols: [A.6.2.6]\nmetrics:\n");
            for (int m = 0; m < 10; m++, count++) {
                yaml.append("  - { id: m").append(m).append(", ").append(binding(count)).append(" }\n");
            }
        }
        Files.writeString(root.resolve("src/main/aims/metrics.yaml"), yaml.substring(4));
        return count;
    }

    private static String binding(int n) {
        String[] pointers = {"/model/auc", "/model/gini", "/model/fairness/ratio", "/model/fairness/psi"};
        if (n < 40) {
            return "source: target/aims-metrics/eval-" + (n % 10) + ".json, format: json, pointer: "
                    + pointers[n / 10] + ", threshold: { min: 0.01 }";
        }
        if (n < 60) {
            return "source: target/aims-metrics/drift.csv, format: csv, column: auc, row: " + (n * 13)
                    + ", threshold: { min: 0.5 }";
        }
        if (n < 80) {
            return "source: target/aims-metrics/TEST-com.x.EvalTest.xml, format: junit, test: \"com.x.EvalTest#case"
                    + (n * 2) + "\", threshold: { allowed: [1] }";
        }
        return "source: target/aims-metrics/metrics.properties, format: properties, key: metric." + (n - 80)
                + ", threshold: { max: 1 }";
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String sorted(List<Double> values) {
        return Arrays.toString(values.stream().mapToDouble(d -> Math.round(d * 10) / 10.0).sorted().toArray());
    }
}
