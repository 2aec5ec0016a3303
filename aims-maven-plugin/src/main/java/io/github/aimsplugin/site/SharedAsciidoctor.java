package io.github.aimsplugin.site;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * The one Asciidoctor (one JRuby runtime, 4–6 s to boot) of a build JVM: created on first use only — never by
 * validate or check — shared by every module of a reactor build, and closed when the JVM ends. Conversions are
 * serialised on it.
 */
public final class SharedAsciidoctor {

    private static final AtomicInteger BOOTS = new AtomicInteger();
    private static final java.util.concurrent.ExecutorService CONVERTERS = java.util.concurrent.Executors
            .newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "aims-asciidoctor");
                thread.setDaemon(true);
                return thread;
            });
    private static Asciidoctor instance;

    private SharedAsciidoctor() {}

    /** What a conversion took and what Asciidoctor said about the sources. */
    public record Conversion(long millis, List<String> messages) {}

    /**
     * Converts the files, in one call per core: JRuby runs Ruby threads in parallel, so the pages of a large site are
     * shared out (largest first) between as many threads as the machine has cores, on the one Asciidoctor.
     */
    public static synchronized Conversion convert(Collection<File> files, Options options) {
        Asciidoctor asciidoctor = get();
        List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
        LogHandler handler = record -> messages.add(describe(record));
        asciidoctor.registerLogHandler(handler);
        try {
            long start = System.nanoTime();
            List<List<File>> shares = share(files, Math.max(1, Runtime.getRuntime().availableProcessors()));
            if (shares.size() == 1) {
                asciidoctor.convertFiles(shares.get(0), options);
            } else {
                List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
                for (List<File> share : shares) {
                    running.add(java.util.concurrent.CompletableFuture.runAsync(
                            () -> asciidoctor.convertFiles(share, options), CONVERTERS));
                }
                running.forEach(java.util.concurrent.CompletableFuture::join);
            }
            List<String> sorted = new ArrayList<>(messages);
            java.util.Collections.sort(sorted);
            return new Conversion((System.nanoTime() - start) / 1_000_000, List.copyOf(sorted));
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            asciidoctor.unregisterLogHandler(handler);
        }
    }

    /** Deals the files out largest first to the share with the fewest bytes so far, so the threads end together. */
    static List<List<File>> share(Collection<File> files, int threads) {
        int count = Math.min(threads, Math.max(1, files.size() / 16));
        List<List<File>> shares = new ArrayList<>();
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            shares.add(new ArrayList<>());
        }
        files.stream().sorted(java.util.Comparator.comparingLong(File::length).reversed()).forEach(file -> {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                lightest = bytes[i] < bytes[lightest] ? i : lightest;
            }
            shares.get(lightest).add(file);
            bytes[lightest] += file.length();
        });
        return shares;
    }

    private static String describe(LogRecord record) {
        String where = record.getCursor() == null ? "" : record.getCursor().getFile() + ":"
                + record.getCursor().getLineNumber() + ": ";
        return record.getSeverity() + " " + where + record.getMessage();
    }

    /** How many times this JVM has booted Asciidoctor: 0 before the first site, then 1. */
    public static int boots() {
        return BOOTS.get();
    }

    public static synchronized boolean isRunning() {
        return instance != null;
    }

    private static Asciidoctor get() {
        if (instance == null) {
            // Measured on this machine: JRuby starts markedly faster without its JIT compiler for this short-lived use.
            if (System.getProperty("jruby.compile.mode") == null) {
                System.setProperty("jruby.compile.mode", "OFF");
            }
            // Asciidoctor's messages reach the build log through our handler, not through java.util.logging.
            java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
            instance = Asciidoctor.Factory.create();
            BOOTS.incrementAndGet();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedAsciidoctor::close, "aims-asciidoctor-close"));
        }
        return instance;
    }

    private static synchronized void close() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }
}
