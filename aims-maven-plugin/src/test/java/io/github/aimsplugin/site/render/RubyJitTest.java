package io.github.aimsplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.jruby.RubyInstanceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RubyJitTest {

    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void boot() {
        RubyJit.prepareThisJvm();
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    private static RubyInstanceConfig config() {
        return ((JRubyAsciidoctor) asciidoctor).getRubyRuntime().getInstanceConfig();
    }

    @Test
    void theRuntimeBootsWithTheJitOnButDormant() {
        assertThat(config().getCompileMode()).isEqualTo(RubyInstanceConfig.CompileMode.JIT);
        assertThat(config().getJitThreshold()).isEqualTo(RubyJit.DORMANT);
    }

    @Test
    void aSmallConversionLeavesTheJitDormant() {
        Runnable sleep = RubyJit.wake(asciidoctor, RubyJit.PAGES - 1);
        assertThat(config().getJitThreshold()).isEqualTo(RubyJit.DORMANT);
        sleep.run();
        assertThat(config().getJitThreshold()).isEqualTo(RubyJit.DORMANT);
    }

    @Test
    void aLargeConversionWakesTheJitUntilItEnds() {
        Runnable sleep = RubyJit.wake(asciidoctor, RubyJit.PAGES);
        try {
            assertThat(config().getJitThreshold()).isEqualTo(RubyInstanceConfig.JIT_THRESHOLD);
        } finally {
            sleep.run();
        }
        assertThat(config().getJitThreshold()).isEqualTo(RubyJit.DORMANT);
    }

    @Test
    void aThresholdTheUserChoseIsLeftAlone() {
        config().setJitThreshold(77);
        try {
            RubyJit.wake(asciidoctor, RubyJit.PAGES * 2).run();
            assertThat(config().getJitThreshold()).isEqualTo(77);
        } finally {
            config().setJitThreshold(RubyJit.DORMANT);
        }
    }

    @Test
    void compiledMethodsConvertToTheSameBytes() {
        String source = "= Title\n\n|===\n|a |b\n|c |d\n|===\n\nSome *text* with a https://example.org[link].\n";
        Options options = InProcessAsciidoctor.options(RenderOptions.embeddedHtml(
                java.nio.file.Path.of("").toAbsolutePath(), java.util.Map.of("reproducible", "")));
        String dormant = asciidoctor.convert(source, options);
        Runnable sleep = RubyJit.wake(asciidoctor, RubyJit.PAGES);
        try {
            config().setJitThreshold(1); // every method called again is compiled
            for (int i = 0; i < 60; i++) {
                assertThat(asciidoctor.convert(source, options)).isEqualTo(dormant);
            }
        } finally {
            sleep.run();
        }
    }
}
