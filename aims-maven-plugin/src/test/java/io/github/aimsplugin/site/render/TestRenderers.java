package io.github.aimsplugin.site.render;

/**
 * The tests' one renderer, in this JVM: each renderer boots a JRuby runtime (seconds), so the test JVM shares one as
 * a build does. Test code only: the plugin itself holds its renderer in an injected component, never in a static.
 */
public final class TestRenderers {

    /** In this JVM, with the default settings, started by the first test that renders. */
    public static final BuildRenderer BUILD = new BuildRenderer();

    private TestRenderers() {}
}
