package io.github.aimsplugin.maven.mojo;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * The modules of the reactor an aggregate covers, as jacoco's report-aggregate chooses them: the aggregating project,
 * the modules below it, and the reactor projects it depends on.
 */
final class ReactorModules {

    private ReactorModules() {}

    static List<MavenProject> of(MavenProject aggregating, List<MavenProject> reactor) {
        Path base = directory(aggregating);
        Set<String> dependedOn = aggregating.getDependencies().stream()
                .map(dependency -> key(dependency))
                .collect(Collectors.toSet());
        List<MavenProject> modules = new ArrayList<>();
        for (MavenProject project : reactor) {
            if (project == aggregating || directory(project).startsWith(base)
                    || dependedOn.contains(project.getGroupId() + ":" + project.getArtifactId())) {
                modules.add(project);
            }
        }
        if (!modules.contains(aggregating)) {
            modules.add(0, aggregating);
        }
        return modules;
    }

    /** The deepest directory that holds every module: paths are shown relative to it. */
    static Path commonDirectory(List<MavenProject> modules) {
        Path common = null;
        for (MavenProject module : modules) {
            Path directory = directory(module);
            if (common == null) {
                common = directory;
            }
            while (!directory.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    static Path directory(MavenProject project) {
        File basedir = project.getBasedir();
        return basedir.toPath().toAbsolutePath().normalize();
    }

    private static String key(Dependency dependency) {
        return dependency.getGroupId() + ":" + dependency.getArtifactId();
    }
}
