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

    private static RendererSettings settings(RendererSettings.Mode mode, String heap, int jvms) {
        return new RendererSettings(mode, heap, Duration.ofSeconds(900), List.of(), null, "",
                RendererMain.class.getName(), jvms);
    }
}
