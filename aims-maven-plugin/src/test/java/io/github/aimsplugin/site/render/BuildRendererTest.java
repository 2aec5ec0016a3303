package io.github.aimsplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's renderer settings are decided once, by the first module; a module asking for others is told so. */
class BuildRendererTest {

    @Test
    void theFirstModulesSettingsHoldAndAModuleAskingForOthersIsToldWhichHold() {
        BuildRenderer renderer = new BuildRenderer();
        List<String> log = new ArrayList<>();
        RendererSettings fork = settings(RendererSettings.Mode.FORK, "768m", 2);

        assertThat(renderer.configure("com.example:a", fork, log::add)).isEmpty();
        assertThat(renderer.configure("com.example:b", settings(RendererSettings.Mode.FORK, "768m", 2), log::add))
                .as("the same settings").isEmpty();
        assertThat(renderer.configure("com.example:c\u001b[31m", settings(RendererSettings.Mode.IN_PROCESS, "1g", 1),
                log::add)).hasValue("AIMS site: module com.example:c\\u001b[31m asks for aims.renderer=in-process,"
                        + " aims.rendererMaxHeap=1g, aims.rendererTimeout=900, aims.rendererJvms=1, but the renderer is"
                        + " decided once per build and module com.example:a set it first: aims.renderer=fork,"
                        + " aims.rendererMaxHeap=768m, aims.rendererTimeout=900, aims.rendererJvms=2 is used");
        assertThat(renderer.settings()).isSameAs(fork);
        assertThat(renderer.starts()).isZero();
        assertThat(log).isEmpty();
    }

    @Test
    void aLaterBuildInTheSameJvmDecidesAgainAndIsNotToldOfTheEarlierOne() {
        BuildRenderer renderer = new BuildRenderer(); // the Maven daemon keeps the singleton between builds
        RendererSettings fork = settings(RendererSettings.Mode.FORK, "768m", 2);
        RendererSettings inProcess = settings(RendererSettings.Mode.IN_PROCESS, "1g", 1);

        assertThat(renderer.configure("build-1", "com.example:a", fork, line -> { })).isEmpty();
        assertThat(renderer.configure("build-1", "com.example:b", inProcess, line -> { })).isPresent();
        assertThat(renderer.configure("build-2", "com.example:b", inProcess, line -> { })).isEmpty();

        assertThat(renderer.settings()).isSameAs(inProcess);
        assertThat(renderer.configure("build-2", "com.example:a", fork, line -> { })).get().asString()
                .contains("module com.example:b set it first");
    }

    @Test
    void aRendererJvmStartsBeforeTheValidationButJrubyInThisJvmDoesNot() {
        BuildRenderer inProcess = new BuildRenderer();
        inProcess.configure("com.example:a", settings(RendererSettings.Mode.IN_PROCESS, "768m", 1), line -> { });
        inProcess.startIfForked();
        assertThat(inProcess.starts()).as("in this JVM, JRuby waits for the validation").isZero();

        BuildRenderer fork = new BuildRenderer();
        fork.configure("com.example:a", new RendererSettings(RendererSettings.Mode.FORK, "64m",
                Duration.ofSeconds(60), RendererSettings.classPathOf(BuildRendererTest.class.getClassLoader()), null,
                "build-renderer-test", FakeRenderers.Hanging.class.getName(), 1), line -> { });
        try {
            fork.startIfForked();
            assertThat(fork.starts()).isEqualTo(1);
            assertThat(fork.where()).startsWith("in a renderer JVM (pid ");
            fork.start(500);
            assertThat(fork.starts()).as("the later start finds it started").isEqualTo(1);
        } finally {
            fork.close();
        }
    }

    private static RendererSettings settings(RendererSettings.Mode mode, String heap, int jvms) {
        return new RendererSettings(mode, heap, Duration.ofSeconds(900), List.of(), null, "",
                RendererMain.class.getName(), jvms);
    }
}
