package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class ExportMojoTest {

    private final RecordingLog log = new RecordingLog();

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "export", pom = "pom.xml")
    void writesOscalAndCycloneDxDatedByTheOutputTimestamp(ExportMojo mojo) throws Exception {
        Path exports = MojoExtensionSupport.buildDirectory(mojo);
        Path directory = exports.resolve("both");
        MojoExtensionSupport.set(mojo, "buildDirectory", directory.getParent().toFile());
        MojoExtensionSupport.set(mojo, "exportDirectory", directory.toFile());
        MojoExtensionSupport.set(mojo, "outputTimestamp", "1785542400");
        mojo.setLog(log);

        mojo.execute();

        Path oscal = directory.resolve("aims-oscal-component-definition.json");
        assertThat(directory.resolve("aims-mlbom.cdx.json")).isRegularFile();
        assertThat(new ObjectMapper().readTree(oscal.toFile()).at("/component-definition/metadata/last-modified")
                .asText()).isEqualTo("2026-08-01T00:00:00Z");
        assertThat(log.lines).containsExactly(
                "[INFO] AIMS export: OSCAL 1.1.2 component definition written to " + oscal,
                "[INFO] AIMS export: CycloneDX 1.6 ML-BOM written to " + directory.resolve("aims-mlbom.cdx.json"));
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "export", pom = "pom.xml")
    @MojoParameter(name = "exportFormats", value = "oscal")
    void withoutATimestampTheDateIsTodayAtMidnight(ExportMojo mojo) throws Exception {
        Path exports = MojoExtensionSupport.buildDirectory(mojo);
        Path directory = exports.resolve("oscal-only");
        MojoExtensionSupport.set(mojo, "buildDirectory", directory.getParent().toFile());
        MojoExtensionSupport.set(mojo, "exportDirectory", directory.toFile());
        mojo.setLog(log);

        mojo.execute();

        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("aims-oscal-component-definition.json");
        }
        assertThat(Files.readString(directory.resolve("aims-oscal-component-definition.json")))
                .contains("\"last-modified\" : \"2026-11-28T00:00:00Z\"");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "export", pom = "pom.xml")
    @MojoParameter(name = "exportFormats", value = "oscal,spdx")
    void anUnknownFormatIsAConfigurationFault(ExportMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("aims.exportFormats: unknown export format 'spdx'; known formats: oscal, cyclonedx");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "export", pom = "pom.xml")
    void invalidRecordsAreNotExported(ExportMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nothing exported");
    }
}
