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
 * One Asciidoctor (one JRuby runtime, 4–6 s to boot) in this JVM: booted on a background thread by the site goal as
 * soon as it knows it must render — never by validate or check — so that the JRuby start-up overlaps validation and
 * page writing; owned by the build's {@link BuildRenderer} (or by a renderer JVM's {@link RendererMain}), which closes
 * it. Conversions are serialised on it, and each conversion shares its pages out between the cores. A renderer JVM
 * runs this same class, so that both ways give the same bytes.
 */
public final class InProcessAsciidoctor implements Renderer, AutoCloseable {

    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "aims-asciidoctor");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Asciidoctor> booting;
    private volatile long bootMillis;
    private CompletableFuture<Void> pdfLoading;

    @Override
    public String where() {
        return "in this JVM";
    }

    /** Starts booting Asciidoctor in the background, once per JVM; later calls do nothing. */
    public synchronized void startBooting() {
        if (booting == null) {
            booting = CompletableFuture.supplyAsync(this::boot, threads);
        }
    }

    /**
     * Loads each source and converts it to embedded HTML (the body only; the page around it is the site's own
     * template, as in static-site generators), on as many threads as the machine has cores, largest pages first.
     */
    @Override
    public synchronized Renderer.Conversion convert(List<Path> sources, RenderOptions options,
            Renderer.PageSink sink) {
        Options embedded = options(options);
        long waitStart = System.nanoTime();
        Asciidoctor asciidoctor = instance();
        long waited = (System.nanoTime() - waitStart) / 1_000_000;
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        LogHandler handler = record -> messages.add(describe(record));
        asciidoctor.registerLogHandler(handler);
        Runnable sleep = RubyJit.wake(asciidoctor, sources.size());
        try {
            long start = System.nanoTime();
            List<Path> largestFirst = new ArrayList<>(sources);
            largestFirst.sort(Comparator.comparingLong(InProcessAsciidoctor::size).reversed());
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
                running.add(CompletableFuture.runAsync(worker, threads));
            }
            running.forEach(CompletableFuture::join);
            if (failure.get() != null) {
                throw failure.get();
            }
            List<String> sorted = new ArrayList<>(messages);
            Collections.sort(sorted);
            return new Renderer.Conversion((System.nanoTime() - start) / 1_000_000, waited, List.copyOf(sorted));
        } finally {
            sleep.run();
            asciidoctor.unregisterLogHandler(handler);
        }
    }

    /**
     * Converts one document to PDF with asciidoctor-pdf on the same runtime (its Ruby library is loaded on first
     * use only, so HTML-only builds never pay for it).
     */
    @Override
    public synchronized Renderer.Conversion convertToPdf(Path source, RenderOptions options) {
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
    @Override
    public synchronized void preparePdf() {
        startBooting();
        if (pdfLoading == null) {
            pdfLoading = booting.thenAcceptAsync(asciidoctor -> asciidoctor.requireLibrary("asciidoctor-pdf"),
                    threads);
        }
    }

    /** One thread per core, but not for tiny sites, where a second thread costs more than it saves. */
    public static int threads(int pages) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages / 16));
    }

    /** The Asciidoctor version, for the generator line of each page. */
    @Override
    public String version() {
        return instance().asciidoctorVersion();
    }

    /** How long the boot took (0 before it ended). */
    @Override
    public long bootMillis() {
        return bootMillis;
    }

    private Asciidoctor instance() {
        CompletableFuture<Asciidoctor> future;
        synchronized (this) {
            startBooting();
            future = booting;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private Asciidoctor boot() {
        long start = System.nanoTime();
        // JRuby's JIT dormant until a large conversion wakes it (RubyJit), unless the user chose otherwise.
        RubyJit.prepareThisJvm();
        // Asciidoctor's messages reach the build log through our handler, not through java.util.logging.
        java.util.logging.Logger.getLogger("asciidoctor").setUseParentHandlers(false);
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
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

    /** Closes the runtime once it has booted (a boot still running is left to the JVM's end); stops the threads. */
    @Override
    public void close() {
        CompletableFuture<Asciidoctor> future;
        synchronized (this) {
            future = booting;
        }
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            future.join().close();
        }
        threads.shutdown();
    }
}
