package io.github.aimsplugin.site.render;

import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.jruby.RubyInstanceConfig;

/**
 * JRuby's JIT compiler, dormant until a conversion is large enough to pay for it. JRuby boots with its JIT on but a
 * threshold no method reaches (so a small site converts as with the interpreter alone); a conversion of at least
 * {@value #PAGES} pages lowers the threshold to JRuby's default for its duration, so that Asciidoctor's hot methods
 * are compiled. JRuby reads the threshold at every call, so this works after the boot. Measured (docs/site.md,
 * renderer): on 1,215 pages the JIT saved a sixth to a third of the conversion's CPU; on 300 pages it cost more
 * than it saved. The bytes of the pages do not depend on it.
 */
final class RubyJit {

    /** Pages from which a conversion turns the JIT on. */
    static final int PAGES = 800;

    /** A threshold no method reaches: the JIT is on but compiles nothing. */
    static final int DORMANT = Integer.MAX_VALUE;

    private RubyJit() {}

    /** The system properties a renderer boots with (as {@code -D} flags of the renderer JVM, or set in this JVM). */
    static List<String> bootProperties() {
        return List.of("jruby.compile.mode=JIT", "jruby.jit.threshold=" + DORMANT);
    }

    /** Sets the boot properties in this JVM, unless the user chose JRuby's compile mode already. */
    static void prepareThisJvm() {
        if (System.getProperty("jruby.compile.mode") == null && System.getProperty("jruby.jit.threshold") == null) {
            for (String property : bootProperties()) {
                int equals = property.indexOf('=');
                System.setProperty(property.substring(0, equals), property.substring(equals + 1));
            }
        }
    }

    /**
     * Wakes the JIT for a conversion of this many pages; the returned action puts it back to sleep. Does nothing when
     * the runtime was not booted dormant (the user chose a threshold) or the conversion is small.
     */
    static Runnable wake(Asciidoctor asciidoctor, int pages) {
        if (pages < PAGES || !(asciidoctor instanceof JRubyAsciidoctor jruby)) {
            return () -> { };
        }
        RubyInstanceConfig config = jruby.getRubyRuntime().getInstanceConfig();
        if (config.getJitThreshold() != DORMANT) {
            return () -> { };
        }
        config.setJitThreshold(RubyInstanceConfig.JIT_THRESHOLD);
        return () -> config.setJitThreshold(DORMANT);
    }
}
