package io.github.aimsplugin.site.render;

import io.github.aimsplugin.schema.LogText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The build's renderer, shared by every module of a reactor build (also with {@code -T 4}): one per build, a JSR-330
 * singleton of the plugin injected into the site goals. Its settings are decided once, by the first module that
 * configures it; a module asking for other settings is told which hold. Started by the first site goal that knows it
 * must render; a large site is split across more renderer JVMs ({@link RendererPool}). A renderer JVM that cannot start
 * is replaced by Asciidoctor in the build's JVM (one log line). Everything it started is closed when the build's JVM
 * ends.
 */
@Named
@Singleton
public final class BuildRenderer implements Renderer {

    private RendererSettings settings = RendererSettings.inProcess();
    private String build;
    private String decidedBy;
    private Consumer<String> log = line -> { };
    private Renderer started;
    private ForkedRenderer forked;
    private InProcessAsciidoctor inProcess;
    private final List<ForkedRenderer> more = new ArrayList<>();
    private int starts;
    private boolean startReported;
    private boolean closeAtExit;

    /**
     * Decides the build's settings with the first module that asks; a later module whose settings differ gets the
     * warning to log (naming it, what it asked for and what is used), and changes nothing.
     */
    public synchronized Optional<String> configure(String module, RendererSettings chosen, Consumer<String> logLine) {
        return configure(null, module, chosen, logLine);
    }

    /**
     * As {@link #configure(String, RendererSettings, Consumer)}, for one build of a JVM that runs several (the Maven
     * daemon keeps the plugin's singletons between builds): a new build closes what the last one started and decides
     * again, so no setting, log or renderer JVM of an earlier build is used.
     *
     * @param buildId what tells this build from the last one in the same JVM (null: the same build)
     */
    public synchronized Optional<String> configure(String buildId, String module, RendererSettings chosen,
            Consumer<String> logLine) {
        if (buildId != null && build != null && !buildId.equals(build)) {
            List<AutoCloseable> earlier = takeAll();
            Thread closing = new Thread(() -> closeAll(earlier), "aims-renderer-close");
            closing.setDaemon(true);
            closing.start();
            settings = RendererSettings.inProcess();
            decidedBy = null;
            log = line -> { };
            starts = 0;
            startReported = false;
        }
        if (buildId != null) {
            build = buildId;
        }
        if (decidedBy == null) {
            decidedBy = module;
            settings = chosen;
            log = logLine;
            return Optional.empty();
        }
        if (chosen.describe().equals(settings.describe())) {
            return Optional.empty();
        }
        return Optional.of("AIMS site: module " + LogText.escape(module) + " asks for " + chosen.describe()
                + ", but the renderer is decided once per build and module " + LogText.escape(decidedBy)
                + " set it first: " + settings.describe() + " is used");
    }

    /** The settings in use. */
    public synchronized RendererSettings settings() {
        return settings;
    }

    /**
     * Starts the first renderer JVM now when the build renders in one, so that its boot overlaps the validation of the
     * records; in this JVM nothing starts yet (a build that fails on invalid records must not end while JRuby is
     * still loading classes from the plugin's realm). A renderer JVM started for a build that then fails is closed
     * with the build.
     */
    public synchronized void startIfForked() {
        if (settings.mode() == RendererSettings.Mode.FORK) {
            start(0);
        }
    }

    /** Starts the renderer in the background, once per build; later calls do nothing. */
    public void start() {
        start(0);
    }

    /**
     * Starts the renderer in the background, once per build, with as many renderer JVMs as a site of about this many
     * pages is split across ({@link RendererPool#jvmsFor}); a later, larger site starts the missing ones.
     */
    public synchronized void start(int expectedPages) {
        if (started == null) {
            starts++;
            registerClose();
            if (settings.mode() == RendererSettings.Mode.FORK) {
                try {
                    forked = ForkedRenderer.start(settings);
                    started = forked;
                } catch (IOException | RuntimeException e) {
                    fallBack("the renderer JVM could not start (" + e.getMessage() + ")");
                }
            } else {
                startInProcess();
            }
        }
        if (started == forked) {
            int wanted = RendererPool.jvmsFor(expectedPages, settings.jvms());
            while (1 + more.size() < wanted) {
                try {
                    more.add(ForkedRenderer.start(settings));
                } catch (IOException | RuntimeException e) {
                    log.accept("AIMS site: another renderer JVM could not start (" + e.getMessage()
                            + "); the pages are converted by " + (1 + more.size()));
                    break;
                }
            }
        }
    }

    @Override
    public void preparePdf() {
        Renderer renderer;
        synchronized (this) {
            start();
            renderer = started;
        }
        renderer.preparePdf();
    }

    @Override
    public String version() {
        return ready().version();
    }

    /** Converts on the first renderer, or, for a large site, on as many renderer JVMs as {@link RendererPool} says. */
    @Override
    public Conversion convert(List<Path> sources, RenderOptions options, PageSink sink) {
        Renderer first = ready();
        List<ForkedRenderer> others;
        synchronized (this) {
            if (first == forked) {
                start(sources.size());
            }
            int wanted = first == forked ? RendererPool.jvmsFor(sources.size(), settings.jvms()) : 1;
            others = List.copyOf(more.subList(0, Math.min(more.size(), wanted - 1)));
        }
        if (others.isEmpty()) {
            return first.convert(sources, options, sink);
        }
        List<Renderer> renderers = new ArrayList<>();
        renderers.add(first);
        renderers.addAll(others);
        return new RendererPool(renderers, log).convert(sources, options, sink);
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
        Renderer renderer = ready();
        synchronized (this) {
            return renderer == forked && !more.isEmpty() ? renderer.where() + " and " + more.size()
                    + " more renderer JVM" + (more.size() == 1 ? "" : "s") : renderer.where();
        }
    }

    @Override
    public synchronized boolean claimStartReport() {
        if (starts > 0 && !startReported) {
            startReported = true;
            return true;
        }
        return false;
    }

    /** How many times this build started its renderer: 0 before the first site, then 1. */
    public synchronized int starts() {
        return starts;
    }

    /** Closes every renderer this build started: their JVMs exit (writing a class-data archive when asked). */
    public void close() {
        List<AutoCloseable> all;
        synchronized (this) {
            all = takeAll();
        }
        closeAll(all);
    }

    /** Everything started so far, forgotten here: the next site starts anew. */
    private List<AutoCloseable> takeAll() {
        List<AutoCloseable> all = new ArrayList<>();
        if (forked != null) {
            all.add(forked);
        }
        all.addAll(more);
        if (inProcess != null) {
            all.add(inProcess);
        }
        forked = null;
        inProcess = null;
        started = null;
        more.clear();
        return all;
    }

    private static void closeAll(List<AutoCloseable> all) {
        // In parallel: each renderer JVM may take seconds to write its archive as it exits.
        List<Thread> closing = new ArrayList<>();
        for (AutoCloseable renderer : all) {
            Thread thread = new Thread(() -> {
                try {
                    renderer.close();
                } catch (Exception e) {
                    // the build is over; nothing is left to tell
                }
            }, "aims-renderer-close");
            thread.start();
            closing.add(thread);
        }
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The started renderer, once ready; a renderer JVM that ended before its boot is replaced by this JVM's. */
    private Renderer ready() {
        ForkedRenderer fork;
        synchronized (this) {
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
            synchronized (this) {
                if (started == fork) {
                    more.forEach(ForkedRenderer::abandon); // they would fail the same way
                    fallBack(e.getMessage());
                }
                return started;
            }
        }
    }

    /** The build's end closes what it started: a shutdown hook, as Maven has no end-of-build call for a plugin. */
    private void registerClose() {
        if (!closeAtExit) {
            closeAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "aims-renderer-close"));
        }
    }

    private void fallBack(String why) {
        log.accept("AIMS site: " + why + "; Asciidoctor runs in the build's JVM instead (aims.renderer=in-process)");
        startInProcess();
    }

    private void startInProcess() {
        inProcess = new InProcessAsciidoctor();
        inProcess.startBooting();
        started = inProcess;
    }
}
