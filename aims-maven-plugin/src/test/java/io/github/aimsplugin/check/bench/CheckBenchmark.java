package io.github.aimsplugin.check.bench;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.DependencyPath.Coordinate;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.report.JsonReport;
import io.github.aimsplugin.check.report.JunitReport;
import io.github.aimsplugin.check.report.SarifReport;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.bench.SyntheticAims;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Most of the work aims:check does inside the mojo — validate the records, run the 23 rules, write the JSON, SARIF
 * and JUnit reports — on a synthetic AIMS of 100 systems, 1,000 risks, 38 control decisions and 100 impact
 * assessments, with 302 resolved dependencies. Left out: reading the records' history with JGit (review-fresh's
 * count of commits; the generated project is no git repository) and locating findings in the POM (a stub here), as
 * well as Maven's own start-up and dependency resolution; the real-Maven runs (bench/check-maven-benchmark.sh) count
 * everything. See BENCHMARKS.md.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path project = Files.createTempDirectory("aims-check-bench");
        int records = SyntheticAims.write(project, 100, 1000, 100);
        ValidationRequest request = new ValidationRequest(project, List.of(Path.of("src/main/aims")),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults());
        List<DependencyPath> dependencies = dependencies();

        long start = System.nanoTime();
        CheckResult first = check(request, dependencies);
        double coldMs = (System.nanoTime() - start) / 1e6;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            CheckResult result = check(request, dependencies);
            times.add((System.nanoTime() - t) / 1e6);
            if (result.violations().size() != first.violations().size()) {
                throw new IllegalStateException("results differ between runs");
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("records=%d dependencies=%d violations=%d%n", records, dependencies.size(),
                first.violations().size());
        System.out.printf("first check in a fresh JVM (validation + rules + reports, start-up included): %.0f ms%n", coldMs);
        System.out.printf("warm, %d runs: min %.0f ms, median %.0f ms, max %.0f ms%n", runs, sorted[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.println("raw: " + Arrays.toString(sorted));
    }

    private static CheckResult check(ValidationRequest request, List<DependencyPath> dependencies) {
        ValidationResult validated = new AimsValidator().validate(request);
        if (!validated.isValid()) {
            throw new IllegalStateException(validated.problems().get(0).format());
        }
        CheckSettings settings = CheckSettings.defaults();
        RuleContext context = new RuleContext(validated.model(), Catalogs.builtIn(), request.today(), settings,
                dependencies, (group, artifact) -> SourceLocation.startOf("pom.xml"),
                SourceLocation.startOf("src/main/aims"), Map.of(), Map.of(), null);
        CheckResult result = new RuleEngine(BuiltInRules.all())
                .run(context, Map.of());
        try {
            Path reports = Files.createDirectories(request.baseDirectory().resolve("target/aims/check"));
            Baseline.Comparison comparison = Baseline.empty().compare(result.violations());
            JsonReport.write(reports.resolve("aims-check.json"), result, comparison, "bench");
            SarifReport.write(reports.resolve("aims-check.sarif"), result, comparison, "bench");
            JunitReport.write(reports.resolve("TEST-aims-check.xml"), result, comparison);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    private static List<DependencyPath> dependencies() {
        Coordinate app = new Coordinate("com.example", "service", "1.0");
        List<DependencyPath> paths = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Coordinate direct = new Coordinate("com.example.lib" + (i % 30), "lib-" + (i % 30), "1." + i);
            paths.add(i % 30 == i ? new DependencyPath(List.of(app, direct))
                    : new DependencyPath(List.of(app, direct, new Coordinate("org.transitive", "t-" + i, "2.0"))));
        }
        Coordinate langchain = new Coordinate("dev.langchain4j", "langchain4j-open-ai", "1.19.0");
        paths.add(new DependencyPath(List.of(app, langchain)));
        paths.add(new DependencyPath(List.of(app, langchain, new Coordinate("dev.langchain4j", "langchain4j-core",
                "1.19.0"))));
        return paths;
    }
}
