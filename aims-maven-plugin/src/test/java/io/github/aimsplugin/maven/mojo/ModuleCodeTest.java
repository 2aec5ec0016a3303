package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.code.CodeModule;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders the code scan reads, from the POM. */
class ModuleCodeTest {

    @Test
    void aResourceFolderNamedTwiceIsReadOnceSoEachModelNameIsReportedOnce(@TempDir Path module) {
        Model model = new Model();
        model.setBuild(new Build());
        MavenProject project = new MavenProject(model);
        project.setFile(new File(module.toFile(), "pom.xml"));
        project.getBuild().setOutputDirectory(module.resolve("target/classes").toString());
        // As spring-boot-starter-parent declares them: application*.properties filtered, the rest not.
        for (boolean filtered : new boolean[] {true, false}) {
            Resource resource = new Resource();
            resource.setDirectory(module.resolve("src/main/resources").toString());
            resource.setFiltering(filtered);
            project.getBuild().addResource(resource);
        }
        project.addCompileSourceRoot(module.resolve("src/main/java").toString());
        project.addCompileSourceRoot(module.resolve("src/main/java/../java").toString());

        List<CodeModule> code = ModuleCode.of(project);

        assertThat(code).hasSize(1);
        assertThat(code.get(0).resourceRoots()).containsExactly(module.resolve("src/main/resources").toAbsolutePath());
        assertThat(code.get(0).sourceRoots()).containsExactly(module.resolve("src/main/java").toAbsolutePath());
    }

    @Test
    void aResourceFolderThatIsALinkOutOfTheModuleIsNotRead(@TempDir Path dir) throws Exception {
        Path module = java.nio.file.Files.createDirectories(dir.resolve("module"));
        Path outside = java.nio.file.Files.createDirectories(dir.resolve("outside"));
        java.nio.file.Files.writeString(outside.resolve("application.properties"), "spring.ai.openai.api-key=x\n");
        java.nio.file.Files.createDirectories(module.resolve("src/main"));
        java.nio.file.Files.createSymbolicLink(module.resolve("src/main/resources"), outside);
        java.nio.file.Files.createDirectories(module.resolve("src/main/config"));
        Model model = new Model();
        model.setBuild(new Build());
        MavenProject project = new MavenProject(model);
        project.setFile(new File(module.toFile(), "pom.xml"));
        project.getBuild().setOutputDirectory(module.resolve("target/classes").toString());
        for (String folder : List.of("src/main/resources", "src/main/config")) {
            Resource resource = new Resource();
            resource.setDirectory(module.resolve(folder).toString());
            project.getBuild().addResource(resource);
        }

        List<CodeModule> code = ModuleCode.of(project);

        assertThat(code.get(0).resourceRoots()).containsExactly(module.resolve("src/main/config").toAbsolutePath());
    }
}
