package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.Baseline;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

@MojoTest
class BaselineMojoTest {

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void writesEveryCurrentViolation(BaselineMojo mojo) throws Exception {
        Path output = MojoExtensionSupport.buildDirectory(mojo);
        Path file = output.resolve("aims-baseline.json");
        MojoExtensionSupport.set(mojo, "buildDirectory", output.toFile());
        MojoExtensionSupport.set(mojo, "baseline", file.toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        Baseline written = Baseline.read(file);
        assertThat(written.size()).isGreaterThan(30);
        assertThat(log.lines).singleElement().asString()
                .startsWith("[INFO] Wrote " + written.size() + " known violation(s) to ");
    }
}
