package io.github.aimsplugin.site.render;

import io.github.aimsplugin.schema.LogText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Asciidoctor in a renderer JVM of its own, started with flags that suit JRuby's cold start (C1 only, JRuby's JIT
 * dormant until a large conversion, an AppCDS archive) and a bounded heap. Requests go one at a time; each, the boot
 * included, must end within the settings' timeout, or the renderer is stopped and the request fails with a message
 * that says so. The renderer exits when its stdin closes: at {@link #close()}, or when the build's JVM dies.
 */
public final class ForkedRenderer implements Renderer, AutoCloseable {

    private static final int STDERR_LINES = 20;
    private static final String OWNER = "-Daims.renderer.owner=";

    private final RendererSettings settings;
    private final Process process;
    private final DataOutputStream toRenderer;
    private final DataInputStream fromRenderer;
    private final CdsArchive archive;
    private final List<String> command;
    private final Deque<String> stderr = new ArrayDeque<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "aims-renderer-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean timedOut;
    private String version;
    private long bootMillis;
    private RendererException broken;

    private ForkedRenderer(RendererSettings settings, Process process, CdsArchive archive, List<String> command) {
        this.settings = settings;
        this.command = List.copyOf(command);
        this.process = process;
        this.archive = archive;
        this.toRenderer = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromRenderer = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Thread drain = new Thread(this::drainStderr, "aims-renderer-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts the renderer JVM; it boots Asciidoctor at once, in the background of the build. */
    public static ForkedRenderer start(RendererSettings settings) throws IOException {
        List<String> flags = flags(settings);
        // The owner label differs per project folder; it must not split the archive that all projects share.
        List<String> keyed = flags.stream()
                .filter(flag -> !flag.startsWith(OWNER) && !flag.startsWith("-XX:ErrorFile=")).toList();
        CdsArchive archive = CdsArchive.of(settings.cacheDirectory(), settings.classPath(), keyed).orElse(null);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        if (archive != null) {
            command.addAll(archive.flags());
        }
        command.add("-cp");
        command.add(settings.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(settings.mainClass());
        Process process = new ProcessBuilder(command).start();
        return new ForkedRenderer(settings, process, archive, command);
    }

    /** The renderer's JVM flags, the class-data archive's aside. */
    static List<String> flags(RendererSettings settings) {
        List<String> flags = new ArrayList<>(List.of("-Xmx" + settings.maxHeap(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                // JVM warnings (about the archive, say) must not reach stdout, where the frames are.
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+DisplayVMOutputToStderr",
                // A crash report holds the command line and the environment: never in the project directory.
                "-XX:ErrorFile=" + errorFile(), "-XX:-CreateCoredumpOnCrash",
                "-Dfile.encoding=" + System.getProperty("file.encoding", "UTF-8"),
                "-Duser.timezone=" + System.getProperty("user.timezone", "UTC")));
        // JRuby's JIT boots dormant; a large conversion wakes it (RubyJit)
        RubyJit.bootProperties().forEach(property -> flags.add("-D" + property));
        flags.add(OWNER + settings.owner());
        return List.copyOf(flags);
    }

    /** Where a crashed renderer JVM writes its report: the temporary directory, {@code %p} its process id. */
    static Path errorFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), "aims-renderer-hs_err_pid%p.log").toAbsolutePath();
    }

    public long pid() {
        return process.pid();
    }

    List<String> command() {
        return command;
    }

    Process process() {
        return process;
    }

    /** Whether this renderer makes the class-data archive as it exits (the first renderer of this key). */
    public boolean creatingArchive() {
        return archive != null && archive.creating();
    }

    /** Whether this renderer maps a class-data archive made by an earlier one. */
    public boolean usingArchive() {
        return archive != null && !archive.creating();
    }

    /** Waits for the boot; fails with {@link RendererException.Unavailable} when the renderer ended before it. */
    synchronized void awaitReady() {
        if (version != null) {
            return;
        }
        call(true, () -> {
            int type = fromRenderer.read();
            if (type == RendererProtocol.READY) {
                version = RendererProtocol.readString(fromRenderer);
                bootMillis = fromRenderer.readLong();
                return null;
            }
            if (type == RendererProtocol.ERROR) {
                String message = RendererProtocol.readString(fromRenderer);
                throw new RendererException.Unavailable("Asciidoctor did not start in the renderer JVM: " + message);
            }
            throw new IOException("no READY frame but " + type);
        });
    }

    @Override
    public synchronized void preparePdf() {
        try {
            toRenderer.writeByte(RendererProtocol.PREPARE_PDF);
            toRenderer.flush();
        } catch (IOException e) {
            // the next request reports the renderer's end
        }
    }

    @Override
    public synchronized String version() {
        awaitReady();
        return version;
    }

    @Override
    public synchronized long bootMillis() {
        return bootMillis;
    }

    @Override
    public String where() {
        return "in a renderer JVM (pid " + process.pid() + (usingArchive() ? ", class-data archive mapped"
                : creatingArchive() ? ", class-data archive made at its exit" : "") + ")";
    }

    @Override
    public synchronized Conversion convert(List<Path> sources, RenderOptions options, PageSink sink) {
        long waitStart = System.nanoTime();
        awaitReady();
        long waited = (System.nanoTime() - waitStart) / 1_000_000;
        return call(false, () -> {
            toRenderer.writeByte(RendererProtocol.HTML);
            RendererProtocol.writeOptions(toRenderer, options);
            RendererProtocol.writePaths(toRenderer, sources);
            toRenderer.flush();
            Exception sinkFailure = null; // IOException or RuntimeException (a template of the user's may throw)
            while (true) {
                int type = fromRenderer.read();
                if (type == RendererProtocol.PAGE) {
                    Path source = RendererProtocol.readPath(fromRenderer);
                    String title = RendererProtocol.readString(fromRenderer);
                    String body = RendererProtocol.readString(fromRenderer);
                    try {
                        if (sinkFailure == null) {
                            sink.accept(source, title, body);
                        }
                    } catch (IOException | RuntimeException e) {
                        sinkFailure = e; // read on to the end of the reply, so that the next request is in step
                    }
                } else {
                    Conversion done = finish(type, waited);
                    if (sinkFailure instanceof IOException io) {
                        throw new UncheckedIOException(io);
                    }
                    if (sinkFailure != null) {
                        throw (RuntimeException) sinkFailure;
                    }
                    return done;
                }
            }
        });
    }

    @Override
    public synchronized Conversion convertToPdf(Path source, RenderOptions options) {
        awaitReady();
        return call(false, () -> {
            toRenderer.writeByte(RendererProtocol.PDF);
            RendererProtocol.writeOptions(toRenderer, options);
            RendererProtocol.writePath(toRenderer, source);
            toRenderer.flush();
            return finish(fromRenderer.read(), 0);
        });
    }

    private Conversion finish(int type, long waited) throws IOException {
        if (type == RendererProtocol.DONE) {
            long millis = fromRenderer.readLong();
            return new Conversion(millis, waited, List.copyOf(RendererProtocol.readStrings(fromRenderer)));
        }
        if (type == RendererProtocol.ERROR) {
            throw new RendererException(RendererProtocol.readString(fromRenderer));
        }
        throw new IOException("unexpected frame " + type);
    }

    @FunctionalInterface
    private interface Exchange<T> {
        T run() throws IOException;
    }

    /** One exchange under the watchdog; a broken pipe or a timeout leaves the renderer stopped and reported. */
    private <T> T call(boolean boot, Exchange<T> exchange) {
        if (broken != null) {
            throw broken;
        }
        long seconds = settings.timeout().toSeconds();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut = true;
            process.destroyForcibly();
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return exchange.run();
        } catch (IOException e) {
            if (!timedOut) {
                // a crashing JVM prints its banner on stdout (where the frames are) before it writes its report:
                // let it finish the report, then stop it
                waitForExit(10);
            }
            process.destroyForcibly();
            String message = describeEnd(seconds);
            if (!timedOut && usingArchive()) {
                // a corrupt archive whose header still looks right crashes the JVM that maps it, on every build
                archive.discard();
                message += " (its class-data archive was deleted; the next renderer makes a new one)";
            }
            broken = boot && !timedOut ? new RendererException.Unavailable(message) : new RendererException(message);
            throw broken;
        } finally {
            dog.cancel(false);
        }
    }

    private String describeEnd(long seconds) {
        String who = "the AIMS renderer JVM (pid " + process.pid() + ")";
        if (timedOut) {
            return who + " did not answer within " + seconds + " s (aims.rendererTimeout) and was stopped";
        }
        String exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "interrupted";
        }
        String said;
        synchronized (stderr) {
            // What the renderer printed may quote the records (file names, text): escaped for the log.
            said = LogText.escape(String.join(" | ", stderr));
        }
        Path report = Path.of(errorFile().toString().replace("%p", String.valueOf(process.pid())));
        return who + " ended unexpectedly (" + exit + ")" + (said.isBlank() ? "" : "; it said: " + said)
                + (java.nio.file.Files.isRegularFile(report) ? "; its crash report: " + report : "")
                + "; set aims.renderer=in-process to render in the build's JVM";
    }

    private void waitForExit(int seconds) {
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a renderer the build no longer uses (it failed to boot), at once; {@link #close()} still tidies up. */
    void abandon() {
        process.destroyForcibly();
    }

    /** Closes the renderer's input, lets it exit (writing the class-data archive if it makes one), then publishes it. */
    @Override
    public void close() {
        try {
            synchronized (toRenderer) {
                toRenderer.writeByte(RendererProtocol.QUIT);
                toRenderer.flush();
            }
        } catch (IOException e) {
            // already gone
        }
        try {
            toRenderer.close();
        } catch (IOException e) {
            // already gone
        }
        boolean exited;
        try {
            exited = process.waitFor(creatingArchive() ? 120 : 10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited) {
            process.destroyForcibly();
        }
        if (archive != null) {
            archive.publish(exited && process.exitValue() == 0 && !timedOut);
        }
        watchdog.shutdownNow();
    }

    /**
     * A line of the renderer's stderr as it may be logged: at most 300 characters, and a line that is mostly not text
     * (a crash dumping memory, a corrupt archive quoted) only counted, never copied.
     */
    static String printable(String line) {
        String head = line.length() > 300 ? line.substring(0, 300) : line;
        long odd = head.chars().filter(c -> c == 0xFFFD || Character.isISOControl(c) && c != '\t'
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE
                || Character.isSurrogate((char) c)).count();
        if (odd > 0 && odd * 10 >= head.length()) {
            return "<" + line.length() + " characters of binary output>";
        }
        StringBuilder text = new StringBuilder(head.length());
        head.codePoints().forEach(c -> text.appendCodePoint(c == 0xFFFD || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.SURROGATE
                ? '?' : c));
        return LogText.escape(text.toString()) + (line.length() > 300 ? "…" : "");
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (stderr) {
                    stderr.addLast(printable(line));
                    while (stderr.size() > STDERR_LINES) {
                        stderr.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the renderer ended
        }
    }
}
