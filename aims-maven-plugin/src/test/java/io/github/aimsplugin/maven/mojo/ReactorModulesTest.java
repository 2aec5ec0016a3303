package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Which reactor projects an aggregate covers, and the directory their paths are shown from. */
class ReactorModulesTest {

    private static final Path ROOT = Path.of("/work/org").toAbsolutePath();

    @Test
    void theRootCoversTheModulesBelowItButNotItsNeighbours() {
        MavenProject root = project("root", ROOT);
        MavenProject scoring = project("scoring", ROOT.resolve("scoring"));
        MavenProject nested = project("nested", ROOT.resolve("group/nested"));
        MavenProject neighbour = project("neighbour", ROOT.resolveSibling("other"));

        List<MavenProject> modules = ReactorModules.of(root, List.of(root, scoring, nested, neighbour));

        assertThat(modules).containsExactly(root, scoring, nested);
        assertThat(ReactorModules.commonDirectory(modules)).isEqualTo(ROOT);
    }

    @Test
    void aReportModuleCoversTheSiblingsItDependsOnAsJacocosReportAggregateDoes() {
        MavenProject root = project("root", ROOT);
        MavenProject scoring = project("scoring", ROOT.resolve("scoring"));
        MavenProject letters = project("letters", ROOT.resolve("letters"));
        MavenProject report = project("report", ROOT.resolve("report"));
        Dependency onScoring = new Dependency();
        onScoring.setGroupId("org.example");
        onScoring.setArtifactId("scoring");
        onScoring.setVersion("1.0");
        report.getModel().addDependency(onScoring);

        List<MavenProject> modules = ReactorModules.of(report, List.of(root, scoring, letters, report));

        assertThat(modules).as("in reactor order").containsExactly(scoring, report);
        assertThat(ReactorModules.commonDirectory(modules)).isEqualTo(ROOT);
    }

    private static MavenProject project(String artifactId, Path directory) {
        Model model = new Model();
        model.setGroupId("org.example");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        MavenProject project = new MavenProject(model);
        project.setFile(new File(directory.toFile(), "pom.xml"));
        return project;
    }
}
