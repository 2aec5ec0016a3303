package io.github.aimsplugin.site.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The build's one renderer, shared by every module of a reactor build (also with {@code -T 4}): started by the first
 * site goal that knows it must render, with the settings of the first goal that configured it, and stopped when the
 * build's JVM ends. A renderer JVM that cannot start is replaced by Asciidoctor in the build's JVM (one log line).
 */
public final class SharedRenderer {

    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final AtomicBoolean START_REPORTED = new AtomicBoolean();
    private static RendererSettings settings = RendererSettings.inProcess();
    private static Consumer<String> log = line -> { };
    private static Renderer started;
    private static ForkedRenderer forked;

    /** The one renderer as a {@link Renderer}, falling back to this JVM when the renderer JVM never became ready. */
    private static final Renderer SHARED = new Renderer() {
        @Override
        public void preparePdf() {
            SharedRenderer.preparePdf();
        }

        @Override
        public String version() {
            return ready().version();
        }

        @Override
        public Conversion convert(List<Path> sources, RenderOptions options, PageSink sink) {
            return ready().convert(sources, options, sink);
        }

        @Override
        public Conversion convertToPdf(Path source, RenderOptions options) {
            return ready().convertToPdf(source, options);
        }

        @Override
        public long bootMillis() {
            return ready().bootMillis();
        }

        @Override
        public String where() {
            return ready().where();
        }
    };

    private SharedRenderer() {}

    /** Sets how the renderer runs, unless it has started already (the first module's settings hold for the build). */
    public static synchronized void configure(RendererSettings chosen, Consumer<String> logLine) {
        if (started == null) {
            settings = chosen;
            log = logLine;
        }
    }

    /** Starts the renderer in the background, once per build JVM; later calls do nothing. */
    public static synchronized void start() {
        if (started != null) {
            return;
        }
        if (settings.mode() == RendererSettings.Mode.FORK) {
            try {
                forked = ForkedRenderer.start(settings);
                started = forked;
                STARTS.incrementAndGet();
                Runtime.getRuntime().addShutdownHook(new Thread(forked::close, "aims-renderer-close"));
                return;
            } catch (IOException | RuntimeException e) {
                fallBack("the renderer JVM could not start (" + e.getMessage() + ")");
                return;
            }
        }
        startInProcess();
    }

    /** Starts loading asciidoctor-pdf in the renderer, so that it overlaps the HTML conversion. */
    public static void preparePdf() {
        Renderer renderer;
        synchronized (SharedRenderer.class) {
            start();
            renderer = started;
        }
        renderer.preparePdf();
    }

    /** The build's renderer; the first call starts it. */
    public static Renderer get() {
        start();
        return SHARED;
    }

    /** How many renderers this JVM started: 0 before the first site, then 1. */
    public static int starts() {
        return STARTS.get();
    }

    /** True for exactly one caller after the start: the module that logs it. */
    public static boolean firstToReportStart() {
        return STARTS.get() > 0 && START_REPORTED.compareAndSet(false, true);
    }

    /** The started renderer, once ready; a renderer JVM that ended before its boot is replaced by this JVM's. */
    private static Renderer ready() {
        ForkedRenderer fork;
        synchronized (SharedRenderer.class) {
            start();
            if (started != forked) {
                return started;
            }
            fork = forked;
        }
        try {
            fork.awaitReady();
            return fork;
        } catch (RendererException.Unavailable e) {
            fork.abandon(); // it answered with an error and would otherwise idle, with its heap, until the build ends
            synchronized (SharedRenderer.class) {
                if (started == fork) {
                    fallBack(e.getMessage());
                }
                return started;
            }
        }
    }

    private static void fallBack(String why) {
        log.accept("AIMS site: " + why + "; Asciidoctor runs in the build's JVM instead (aims.renderer=in-process)");
        startInProcess();
    }

    private static void startInProcess() {
        SharedAsciidoctor.startBooting();
        started = SharedAsciidoctor.IN_PROCESS;
        STARTS.incrementAndGet();
    }
}
