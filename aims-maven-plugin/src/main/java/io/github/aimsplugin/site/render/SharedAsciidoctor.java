package io.github.aimsplugin.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * The one Asciidoctor (one JRuby runtime, 4–6 s to boot) of a build JVM: booted on a background thread by the site
 * goal as soon as it knows it must render — never by validate or check — so that the JRuby start-up overlaps
 * validation and page writing; shared by every module of a reactor build; closed when the JVM ends. Conversions are
 * serialised on it, and each conversion shares its pages out between the cores. A renderer JVM ({@link RendererMain})
 * runs this same class, so that both ways give the same bytes.
 */
public final class SharedAsciidoctor {

    private static final AtomicInteger BOOTS = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean BOOT_REPORTED =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "aims-asciidoctor");
        thread.setDaemon(true);
        return thread;
    });
    private static CompletableFuture<Asciidoctor> booting;
    private static volatile long bootMillis;
    private static CompletableFuture<Void> pdfLoading;

    private SharedAsciidoctor() {}

    /** This JVM's Asciidoctor as a {@link Renderer}. */
    public static final Renderer IN_PROCESS = new Renderer() {
        @Override
        public void preparePdf() {
            SharedAsciidoctor.preparePdf();
        }

        @Override
        public String version() {
            return SharedAsciidoctor.version();
        }

        @Override
        public Conversion convert(List<Path> sources, RenderOptions options, PageSink sink) {
            return SharedAsciidoctor.convert(sources, options, sink);
        }

        @Override
        public Conversion convertToPdf(Path source, RenderOptions options) {
            return SharedAsciidoctor.convertToPdf(source, options);
        }

        @Override
        public long bootMillis() {
            return SharedAsciidoctor.bootMillis();
        }

        @Override
        public String where() {
            return "in this JVM";
        }
    };

    /** Starts booting Asciidoctor in the background, once per JVM; later calls do nothing. */
    public static synchronized void startBooting() {
        if (booting == null) {
            booting = CompletableFuture.supplyAsync(SharedAsciidoctor::boot, THREADS);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedAsciidoctor::close, "aims-asciidoctor-close"));
        }
    }

    /**
     * Loads each source and converts it to embedded HTML (the body only; the page around it is the site's own
     * template, as in static-site generators), on as many threads as the machine has cores, largest pages first.
     */
    public static synchronized Renderer.Conversion convert(List<Path> sources, RenderOptions options,
            Renderer.PageSink sink) {
        Options embedded = options(options);
        long waitStart = System.nanoTime();
        Asciidoctor asciidoctor = instance();
        long waited = (System.nanoTime() - waitStart) / 1_000_000;
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        LogHandler handler = record -> messages.add(describe(record));
        asciidoctor.registerLogHandler(handler);
        try {
            long start = System.nanoTime();
            List<Path> largestFirst = new ArrayList<>(sources);
            largestFirst.sort(Comparator.comparingLong(SharedAsciidoctor::size).reversed());
            AtomicInteger next = new AtomicInteger();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < largestFirst.size() && failure.get() == null;
                        i = next.getAndIncrement()) {
                    try {
                        Path source = largestFirst.get(i);
                        Document document = asciidoctor.loadFile(source.toFile(), embedded);
                        sink.accept(source, document.getDoctitle(), document.convert());
                    } catch (IOException e) {
                        failure.compareAndSet(null, new UncheckedIOException(e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            };
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int t = threads(sources.size()); t > 0; t--) {
                running.add(CompletableFuture.runAsync(worker, THREADS));
            }
            running.forEach(CompletableFuture::join);
            if (failure.get() != null) {
                throw failure.get();
            }
            List<String> sorted = new ArrayList<>(messages);
            Collections.sort(sorted);
            return new Renderer.Conversion((System.nanoTime() - start) / 1_000_000, waited, List.copyOf(sorted));
        } finally {
            asciidoctor.unregisterLogHandler(handler);
        }
    }

    /**
     * Converts one document to PDF with asciidoctor-pdf on the same runtime (its Ruby library is loaded on first
     * use only, so HTML-only builds never pay for it).
     */
    public static synchronized Renderer.Conversion convertToPdf(Path source, RenderOptions options) {
        Asciidoctor asciidoctor = instance();
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        LogHandler handler = record -> messages.add(describe(record));
        asciidoctor.registerLogHandler(handler);
        try {
            long start = System.nanoTime();
            preparePdf();
            try {
                pdfLoading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
            asciidoctor.convertFile(source.toFile(), options(options));
            List<String> sorted = new ArrayList<>(messages);
            Collections.sort(sorted);
            return new Renderer.Conversion((System.nanoTime() - start) / 1_000_000, 0, List.copyOf(sorted));
        } finally {
            asciidoctor.unregisterLogHandler(handler);
        }
    }

    /**
     * Loads asciidoctor-pdf (about 10 s of Ruby) on a background thread once Asciidoctor has booted, so that it
     * overlaps the HTML conversion when a build makes both.
     */
    public static synchronized void preparePdf() {
        startBooting();
        if (pdfLoading == null) {
            pdfLoading = booting.thenAcceptAsync(asciidoctor -> asciidoctor.requireLibrary("asciidoctor-pdf"),
                    THREADS);
        }
    }

    /** One thread per core, but not for tiny sites, where a second thread costs more than it saves. */
    public static int threads(int pages) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages / 16));
    }

    /** The Asciidoctor version, for the generator line of each page. */
    public static String version() {
        return instance().asciidoctorVersion();
    }

    /** How many times this JVM has booted Asciidoctor: 0 before the first site, then 1. */
    public static int boots() {
        return BOOTS.get();
    }

    /**
     * True for exactly one caller after the boot: the module that logs it. In a parallel reactor several modules wait
     * for the same boot; only one of them should say that Asciidoctor started.
     */
    public static boolean firstToReportBoot() {
        return BOOTS.get() > 0 && BOOT_REPORTED.compareAndSet(false, true);
    }

    /** How long the boot took (0 before it ended). */
    public static long bootMillis() {
        return bootMillis;
    }

    private static Asciidoctor instance() {
        CompletableFuture<Asciidoctor> future;
        synchronized (SharedAsciidoctor.class) {
            startBooting();
            future = booting;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static Asciidoctor boot() {
        long start = System.nanoTime();
        // Measured on this machine: JRuby starts and converts faster without its JIT compiler for this use.
        if (System.getProperty("jruby.compile.mode") == null) {
            System.setProperty("jruby.compile.mode", "OFF");
        }
        // Asciidoctor's messages reach the build log through our handler, not through java.util.logging.
        java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        BOOTS.incrementAndGet();
        bootMillis = (System.nanoTime() - start) / 1_000_000;
        return asciidoctor;
    }

    /** The AsciidoctorJ options of a request: always SAFE mode. */
    static Options options(RenderOptions request) {
        Attributes attributes = Attributes.builder().build();
        request.attributes().forEach(attributes::setAttribute);
        OptionsBuilder options = Options.builder()
                .safe(SafeMode.SAFE)
                .backend(request.backend())
                .standalone(request.standalone())
                .baseDir(request.baseDirectory().toFile())
                .attributes(attributes);
        if (request.toFile() != null) {
            options.toFile(request.toFile().toFile()).mkDirs(true);
        }
        return options.build();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String describe(LogRecord record) {
        String where = record.getCursor() == null ? "" : record.getCursor().getFile() + ":"
                + record.getCursor().getLineNumber() + ": ";
        return record.getSeverity() + " " + where + record.getMessage();
    }

    private static void close() {
        CompletableFuture<Asciidoctor> future;
        synchronized (SharedAsciidoctor.class) {
            future = booting;
        }
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            future.join().close();
        }
    }
}
