package io.github.aimsplugin.site.render;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the build's one Asciidoctor runs.
 *
 * @param mode in a renderer JVM ({@link Mode#FORK}) or in the build's own JVM
 * @param maxHeap the renderer JVM's maximum heap, as {@code -Xmx} takes it ({@code 768m})
 * @param timeout how long one request (the boot included) may take before the renderer is stopped
 * @param classPath the renderer JVM's class path: the plugin's own jars
 * @param cacheDirectory where class-data archives are kept between builds, or null for none
 * @param owner a label on the renderer's command line naming the build that started it (tests find it by it)
 * @param mainClass the renderer's main class (tests replace it)
 * @param jvms the most renderer JVMs a large site is split across ({@code aims.rendererJvms}, at least 1)
 */
public record RendererSettings(Mode mode, String maxHeap, Duration timeout, List<Path> classPath,
        Path cacheDirectory, String owner, String mainClass, int jvms) {

    /** Default of {@code aims.rendererMaxHeap}: measured on the PDF pack of 20 systems and 200 risks. */
    public static final String DEFAULT_MAX_HEAP = "768m";
    /** Default of {@code aims.rendererTimeout}, in seconds: a PDF pack of 1,000 risks takes minutes. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 900;

    /** {@code aims.renderer}. */
    public enum Mode {
        FORK, IN_PROCESS;

        /** Parses {@code fork} or {@code in-process}. */
        public static Mode parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "fork" -> FORK;
                case "in-process" -> IN_PROCESS;
                default -> throw new IllegalArgumentException("aims.renderer is '" + text
                        + "'; use fork or in-process");
            };
        }
    }

    public RendererSettings {
        classPath = List.copyOf(classPath);
        if (!maxHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new IllegalArgumentException("aims.rendererMaxHeap is '" + maxHeap
                    + "'; write a size as -Xmx takes it, such as 768m or 1g");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("aims.rendererTimeout must be a positive number of seconds");
        }
        if (jvms < 1) {
            throw new IllegalArgumentException("aims.rendererJvms is " + jvms
                    + "; use a number of renderer JVMs from 1 up (default: the machine's cores but one, "
                    + defaultJvms() + " here)");
        }
    }

    /**
     * Default of {@code aims.rendererJvms}: the machine's cores but one, at least one. Maven's own JVM writes the pages
     * while they are converted: on 2 cores a second renderer JVM made the large site slower (BENCHMARKS.md).
     */
    public static int defaultJvms() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** The settings a user chooses, as the log names them; the rest is the same for every module of a build. */
    public String describe() {
        return "aims.renderer=" + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + ", aims.rendererMaxHeap=" + maxHeap + ", aims.rendererTimeout=" + timeout.toSeconds()
                + ", aims.rendererJvms=" + jvms;
    }

    /** In this JVM: what a caller gets that configured nothing (unit tests, the library used without Maven). */
    public static RendererSettings inProcess() {
        return new RendererSettings(Mode.IN_PROCESS, DEFAULT_MAX_HEAP, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS),
                List.of(), null, "", RendererMain.class.getName(), 1);
    }

    /** The jars (and, in a test, folders) a class loader reads: the plugin realm's URLs, else this JVM's class path. */
    public static List<Path> classPathOf(ClassLoader loader) {
        List<Path> paths = new ArrayList<>();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            for (URL url : urls.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: the renderer cannot read it either
                }
            }
            return paths;
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry));
            }
        }
        return paths;
    }
}
