package io.github.aimsplugin.code.bench;

import io.github.aimsplugin.code.CodeCatalog;
import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.CodeScanner;
import io.github.aimsplugin.schema.catalog.Catalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The AI use scan of a module of {@code count} compiled classes (default 5,000; target: 0.3 s), measured in one JVM:
 * the first scan (cold JIT, cold page cache of a just-written tree aside), then the median and best of the runs.
 * Run it with bench/code-scan-benchmark.sh; see BENCHMARKS.md.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path module = Files.createTempDirectory("aims-scan-bench");
        Path classes = module.resolve("target/classes");
        long started = System.nanoTime();
        SyntheticClasses.write(classes, count);
        System.out.printf("generated %d classes in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
        CodeModule code = new CodeModule(classes, List.of(module.resolve("src/main/java")), List.of(), List.of());
        long catalogs = System.nanoTime();
        CodeScanner scanner = new CodeScanner(Catalogs.builtIn().aiSdks(), CodeCatalog.builtIn());
        System.out.printf("catalogs read in %d ms%n", (System.nanoTime() - catalogs) / 1_000_000);
        long[] millis = new long[runs];
        long[] cpu = new long[runs];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        CodeScan scan = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            scan = scanner.scanFresh(code, path -> module.relativize(path).toString());
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            cpu[run] = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        }
        scanner.scan(code, path -> module.relativize(path).toString());
        long unchanged = System.nanoTime();
        scanner.scan(code, path -> module.relativize(path).toString());
        System.out.printf("scan of unchanged class output (listed and stamped, not read): %d ms%n",
                (System.nanoTime() - unchanged) / 1_000_000);
        long firstCpu = cpu[0];
        Arrays.sort(cpu);
        System.out.printf("CPU time of the scan (all threads, GC and JIT included): first %d ms, median %d ms, best %d"
                + " ms%n", firstCpu, cpu[runs / 2], cpu[0]);
        long first = millis[0];
        long[] io = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            try (var walk = Files.walk(classes)) {
                walk.filter(Files::isRegularFile).sorted().toList().parallelStream().forEach(file -> {
                    try {
                        Files.readAllBytes(file);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            io[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(io);
        System.out.printf("listing and reading the class files alone: median %d ms, best %d ms%n", io[runs / 2],
                io[0]);
        Arrays.sort(millis);
        System.out.printf("scan of %d classes: first %d ms, median %d ms, best %d ms (%d runs; %d use sites, %d model"
                + " names, %d processors)%n", scan.classes(), first, millis[runs / 2], millis[0], runs,
                scan.uses().size(), scan.models().size(), Runtime.getRuntime().availableProcessors());
    }
}
