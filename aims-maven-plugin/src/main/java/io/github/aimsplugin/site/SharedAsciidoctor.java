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
    private static Asciidoctor instance;

    private SharedAsciidoctor() {}

    /** What a conversion took and what Asciidoctor said about the sources. */
    public record Conversion(long millis, List<String> messages) {}

    /** Converts the files in one call. */
    public static synchronized Conversion convert(Collection<File> files, Options options) {
        Asciidoctor asciidoctor = get();
        List<String> messages = new ArrayList<>();
        LogHandler handler = record -> messages.add(describe(record));
        asciidoctor.registerLogHandler(handler);
        try {
            long start = System.nanoTime();
            asciidoctor.convertFiles(files, options);
            return new Conversion((System.nanoTime() - start) / 1_000_000, List.copyOf(messages));
        } finally {
            asciidoctor.unregisterLogHandler(handler);
        }
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
