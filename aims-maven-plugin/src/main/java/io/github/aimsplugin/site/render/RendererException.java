package io.github.aimsplugin.site.render;

/** The renderer JVM failed: it crashed, hung past its timeout, or reported a conversion error. */
public class RendererException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RendererException(String message) {
        super(message);
    }

    /** The renderer never became ready: the build can fall back to Asciidoctor in its own JVM. */
    static final class Unavailable extends RendererException {

        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }
}
