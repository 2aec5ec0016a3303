package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.CodeModule;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** A module's build output for the AI use scan: classes, compile source roots, resources, compile classpath. */
final class ModuleCode {

    private ModuleCode() {}

    /** The module's code, or none without a project (harness tests). */
    static List<CodeModule> of(MavenProject project) {
        if (project == null || project.getBuild() == null || project.getBuild().getOutputDirectory() == null) {
            return List.of();
        }
        Path base = project.getBasedir().toPath();
        List<Path> sources = new java.util.ArrayList<>(project.getCompileSourceRoots().stream().map(Path::of)
                .map(base::resolve).toList());
        // Kotlin and Scala builds keep sources in their own folder, which their plugins may add only later.
        for (String language : List.of("kotlin", "scala")) {
            Path root = base.resolve("src/main/" + language);
            if (!sources.contains(root) && java.nio.file.Files.isDirectory(root)) {
                sources.add(root);
            }
        }
        List<Path> resources = project.getResources().stream().map(Resource::getDirectory)
                .filter(directory -> directory != null).map(Path::of).map(base::resolve).toList();
        // Only folders inside the project are read for sources and configuration (docs/security.md).
        Path module = base.toAbsolutePath().normalize();
        return List.of(new CodeModule(Path.of(project.getBuild().getOutputDirectory()),
                inside(sources, module), inside(resources, module), classpath(project)));
    }

    /**
     * The folders inside the module, each once: a POM may name one folder in several {@code <resource>} entries (the
     * Spring Boot parent does, one filtered and one not), and a folder read twice reports each model name twice.
     */
    private static List<Path> inside(List<Path> folders, Path module) {
        // By the path written and by where its links lead: a resource folder that is a link out of the module
        // (src/main/resources -> /etc) would otherwise pass the first test and have its application* files read.
        Path realModule = real(module);
        return folders.stream().map(folder -> folder.toAbsolutePath().normalize())
                .filter(folder -> folder.startsWith(module) && real(folder).startsWith(realModule)).distinct()
                .toList();
    }

    /** Where a path leads after its links; a folder that does not exist leads nowhere to read. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path;
        }
    }

    /** The compile classpath when resolved; without it SDK model-name constants stay unresolved. */
    private static List<Path> classpath(MavenProject project) {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            return List.of();
        }
    }
}
