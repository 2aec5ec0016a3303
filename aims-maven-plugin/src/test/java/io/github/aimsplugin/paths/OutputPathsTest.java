package io.github.aimsplugin.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {

    @TempDir
    Path root;

    @Test
    void folderUnderTheBuildDirectoryIsFine() throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        OutputPaths paths = new OutputPaths(project, project.resolve("target"));

        OutputPaths.Checked checked = paths.check(Path.of("target/aims"), "aims.exportDirectory", false);

        assertThat(checked.path()).isEqualTo(project.resolve("target/aims").toAbsolutePath());
        assertThat(checked.note()).isEmpty();
    }

    @Test
    void anExplicitFolderInsideTheProjectIsAllowedAndSaid() throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        OutputPaths paths = new OutputPaths(project, project.resolve("target"));

        OutputPaths.Checked checked = paths.check(Path.of("compliance"), "aims.exportDirectory", false);

        assertThat(checked.note()).get().asString().contains("aims.exportDirectory", "lies outside the build directory",
                "because it is set explicitly");
        assertThatThrownBy(() -> paths.check(Path.of("compliance"), "aims.siteDirectory", true))
                .hasMessageContaining("must lie inside the build directory");
    }

    @Test
    void outsideTheProjectIsRefused() throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        OutputPaths paths = new OutputPaths(project, project.resolve("target"));

        assertThatThrownBy(() -> paths.check(Path.of("../elsewhere"), "aims.exportDirectory", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aims.exportDirectory " + root.resolve("elsewhere"))
                .hasMessageContaining("lies outside the project directory");
        assertThatThrownBy(() -> paths.checkInProject(Path.of("../baseline.json"), "aims.baseline"))
                .hasMessageContaining("aims.baseline");
    }

    @Test
    void aLinkOutOfTheBuildDirectoryIsRefusedAndNamed() throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target/aims-site"), outside);
        OutputPaths paths = new OutputPaths(project, project.resolve("target"));

        assertThatThrownBy(() -> paths.check(Path.of("target/aims-site"), "aims.siteDirectory", true))
                .hasMessageContaining("target/aims-site, a link to " + outside.toRealPath())
                .hasMessageContaining("must lie inside the build directory");
        assertThatThrownBy(() -> paths.check(Path.of("target/aims-site/exports"), "aims.exportDirectory", false))
                .hasMessageContaining("a link to " + outside.toRealPath().resolve("exports"))
                .hasMessageContaining("lies outside the project directory");
    }
}
