package io.github.aimsplugin.schema.bench;

import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the validation of a generated project of about 1,000 records (see BENCHMARKS.md).
 *
 * <pre>./mvnw -q -pl aims-schema -Pbenchmark test-compile exec:java [-Dexec.args="records runs"]</pre>
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {}

    public static void main(String[] args) throws IOException {
        int risks = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path project = Files.createTempDirectory("aims-bench");
        int records = SyntheticAims.write(project, risks);
        ValidationRequest request = new ValidationRequest(project, List.of(Path.of("src/main/aims")),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults());

        long coldStart = System.nanoTime();
        // The catalogs load lazily, each on first use: read every one of them here, so that this figure times them.
        io.github.aimsplugin.schema.catalog.Catalogs catalogs = io.github.aimsplugin.schema.catalog.Catalogs.builtIn();
        List.of(catalogs.annexA(), catalogs.annexC(), catalogs.clauses(), catalogs.nistAiRmf(),
                catalogs.nistCrosswalk(), catalogs.euAiAct(), catalogs.aiSdks());
        double catalogsMs = (System.nanoTime() - coldStart) / 1e6;
        AimsValidator validator = new AimsValidator();
        double startupMs = (System.nanoTime() - coldStart) / 1e6;
        ValidationResult first = validator.validate(request);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        if (!first.isValid()) {
            throw new IllegalStateException("benchmark project is invalid: " + first.problems().get(0).format());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ValidationResult result = validator.validate(request);
            times.add((System.nanoTime() - start) / 1e6);
            if (result.problems().size() != first.problems().size()) {
                throw new IllegalStateException("results differ between runs");
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("records=%d files=%d%n", records, first.files());
        System.out.printf("start-up: all 7 built-in catalogs read %.0f ms; with the kinds' JSON Schemas compiled %.0f ms%n",
                catalogsMs, startupMs);
        System.out.printf("first validation in a fresh JVM, start-up included: %.0f ms%n", coldMs);
        System.out.printf("warm, %d runs: min %.0f ms, median %.0f ms, max %.0f ms%n", runs, sorted[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.printf("per record (median): %.3f ms%n", sorted[sorted.length / 2] / records);
        System.out.println("raw: " + Arrays.toString(sorted));
    }
}
