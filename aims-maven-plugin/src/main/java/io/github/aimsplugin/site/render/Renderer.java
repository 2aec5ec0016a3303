package io.github.aimsplugin.site.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Asciidoctor as the site sees it: in this JVM ({@link InProcessAsciidoctor}) or in a renderer JVM ({@link ForkedRenderer}). */
public interface Renderer {

    /** Receives each converted page: its source, its title as HTML and its body as embedded HTML. */
    @FunctionalInterface
    interface PageSink {
        void accept(Path source, String titleHtml, String bodyHtml) throws IOException;
    }

    /** What a conversion took, how long it waited for the boot, and what Asciidoctor said about the sources. */
    record Conversion(long millis, long waitedForBootMillis, List<String> messages) {}

    /** Loads asciidoctor-pdf in the background, so that it overlaps the HTML conversion. */
    void preparePdf();

    /** The Asciidoctor version, for the generator line of each page; waits for the boot. */
    String version();

    /** Converts each source to embedded HTML and hands it to the sink (from any thread, one page at a time each). */
    Conversion convert(List<Path> sources, RenderOptions options, PageSink sink);

    /** Converts one document to the PDF file the options name. */
    Conversion convertToPdf(Path source, RenderOptions options);

    /** How long Asciidoctor took to start (0 before it has). */
    long bootMillis();

    /** Where Asciidoctor runs, for the log: "in this JVM" or "in a renderer JVM (pid 123)". */
    String where();

    /**
     * True for exactly one caller after the renderer started: the module that logs its start. A renderer made for
     * one site (tests) reports nothing.
     */
    default boolean claimStartReport() {
        return false;
    }
}
