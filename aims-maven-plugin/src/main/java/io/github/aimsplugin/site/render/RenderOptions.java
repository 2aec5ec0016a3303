package io.github.aimsplugin.site.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a conversion is asked for, free of AsciidoctorJ types so that it can cross to a renderer process. The safe
 * mode is not a field: every conversion, in this JVM or a forked one, runs in Asciidoctor's SAFE mode.
 *
 * @param backend {@code html5} or {@code pdf}
 * @param standalone whether a whole document (header and footer) is written, rather than the body only
 * @param baseDirectory the base directory, which SAFE mode jails includes to
 * @param toFile the file written, or null when the result is returned
 * @param attributes document attributes, in order; the value "" sets an attribute, a name ending in "!" unsets it
 */
public record RenderOptions(String backend, boolean standalone, Path baseDirectory, Path toFile,
        Map<String, String> attributes) {

    public RenderOptions {
        if (!backend.equals("html5") && !backend.equals("pdf")) {
            throw new IllegalArgumentException("unknown backend " + backend);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The body of each page as embedded HTML. */
    public static RenderOptions embeddedHtml(Path baseDirectory, Map<String, String> attributes) {
        return new RenderOptions("html5", false, baseDirectory, null, attributes);
    }

    /** One whole document written to {@code toFile} as PDF. */
    public static RenderOptions pdf(Path baseDirectory, Path toFile, Map<String, String> attributes) {
        return new RenderOptions("pdf", true, baseDirectory, toFile, attributes);
    }
}
