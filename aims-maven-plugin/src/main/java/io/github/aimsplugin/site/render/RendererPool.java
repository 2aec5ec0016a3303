package io.github.aimsplugin.site.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One conversion split across several renderer JVMs: the pages, largest first, go out in small batches to whichever
 * renderer is free, so that a renderer still booting takes none and a slow one takes fewer. Each page is converted on
 * its own (Asciidoctor loads each document alone), so the bytes do not depend on which renderer converted it. A
 * renderer other than the first that fails gives its batch back to the others and takes no more; the first one's
 * failure fails the conversion, as it would without the split.
 */
final class RendererPool {

    /**
     * Pages per renderer JVM: a renderer's share of the pages should take at least as long as its start (7–15 s with
     * the class-data archive, measured under load on 2 cores; 400 pages are about 10 s of one core). docs/site.md
     * gives the measurement.
     */
    static final int PAGES_PER_JVM = 400;

    /** Pages per request: fewer than 32, so that each renderer JVM converts on one thread (the others have the cores). */
    static final int BATCH = 24;

    private final List<Renderer> renderers;
    private final Consumer<String> log;

    RendererPool(List<Renderer> renderers, Consumer<String> log) {
        this.renderers = List.copyOf(renderers);
        this.log = log;
    }

    /** How many renderer JVMs a site of this many pages is split across: one per {@link #PAGES_PER_JVM}, capped. */
    static int jvmsFor(int pages, int most) {
        return Math.max(1, Math.min(most, pages / PAGES_PER_JVM));
    }

    Renderer.Conversion convert(List<Path> sources, RenderOptions options, Renderer.PageSink sink) {
        long start = System.nanoTime();
        List<Path> largestFirst = new ArrayList<>(sources);
        largestFirst.sort(Comparator.comparingLong(RendererPool::size).reversed());
        Work work = new Work(largestFirst);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < renderers.size(); i++) {
            Renderer renderer = renderers.get(i);
            boolean first = i == 0;
            Thread thread = new Thread(() -> work.run(renderer, first, options, sink, log), "aims-renderer-pool");
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        List<String> messages;
        try {
            messages = work.awaitEnd();
        } finally {
            // after a failure the others finish the batch they hold (no new one is handed out): no page is written
            // after this method returned
            joinAll(threads);
        }
        Collections.sort(messages);
        return new Renderer.Conversion((System.nanoTime() - start) / 1_000_000, 0, List.copyOf(messages));
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The pages not yet converted, what the renderers said, and the first failure. */
    private static final class Work {

        private final Deque<List<Path>> batches = new ArrayDeque<>();
        private final List<String> messages = new ArrayList<>();
        private int open;
        private Throwable failure;

        Work(List<Path> pages) {
            for (int i = 0; i < pages.size(); i += BATCH) {
                batches.add(List.copyOf(pages.subList(i, Math.min(pages.size(), i + BATCH))));
            }
            open = batches.size();
        }

        void run(Renderer renderer, boolean first, RenderOptions options, Renderer.PageSink sink,
                Consumer<String> log) {
            try {
                if (renderer instanceof ForkedRenderer fork) {
                    fork.awaitReady(); // a renderer still booting takes no pages
                }
            } catch (RuntimeException | Error e) {
                if (first) {
                    fail(e);
                } else {
                    log.accept("AIMS site: a renderer JVM did not start (" + e.getMessage()
                            + "); the others convert its pages");
                }
                return;
            }
            for (List<Path> batch = next(); batch != null; batch = next()) {
                try {
                    Renderer.Conversion done = renderer.convert(batch, options, sink);
                    done(done.messages());
                } catch (RendererException e) {
                    if (first) {
                        fail(e);
                        return;
                    }
                    log.accept("AIMS site: a renderer JVM failed (" + e.getMessage()
                            + "); the others convert its pages");
                    giveBack(batch);
                    return;
                } catch (RuntimeException | Error e) {
                    // the sink's failure (writing a page), or an Error: either ends the conversion, never hangs it
                    fail(e);
                    return;
                }
            }
        }

        /** The next batch; while none is left but some are out, waits: a failing renderer may give its batch back. */
        private synchronized List<Path> next() {
            while (failure == null) {
                List<Path> batch = batches.poll();
                if (batch != null || open == 0) {
                    return batch;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }

        private synchronized void done(List<String> said) {
            messages.addAll(said);
            open--;
            notifyAll();
        }

        private synchronized void giveBack(List<Path> batch) {
            batches.addFirst(batch);
            notifyAll();
        }

        private synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
            notifyAll();
        }

        /** Waits until every page is converted (not for a renderer still booting), or for the first failure. */
        synchronized List<String> awaitEnd() {
            while (open > 0 && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RendererException("interrupted while converting the pages");
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return new ArrayList<>(messages);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
