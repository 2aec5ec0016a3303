package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.DependencyPath.Coordinate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;

/**
 * The compile and runtime dependencies of the modules an aggregate covers, with the path to each. A module that
 * Maven has already resolved is read as it is; the others (modules built after the aggregating project) are resolved
 * here, read-only, without changing their project model.
 */
final class ModuleDependencies {

    /** The dependencies found, and the modules whose graph could not be resolved (with why). */
    record Found(List<DependencyPath> paths, List<String> unresolved) {}

    private final ProjectDependenciesResolver resolver;
    private final MavenSession session;

    ModuleDependencies(ProjectDependenciesResolver resolver, MavenSession session) {
        this.resolver = resolver;
        this.session = session;
    }

    /** The modules' dependencies, sorted; a module not fully resolved is reported to {@code warn}. */
    List<DependencyPath> of(List<MavenProject> modules, java.util.function.Consumer<String> warn) {
        Found found = of(modules);
        if (!found.unresolved().isEmpty()) {
            warn.accept("AIMS aggregate: the dependencies of " + String.join("; ", found.unresolved())
                    + " could not all be resolved, so third-party-declared saw only part of them");
        }
        List<DependencyPath> paths = new ArrayList<>(found.paths());
        paths.sort(Comparator.comparing(DependencyPath::render));
        return paths;
    }

    Found of(List<MavenProject> modules) {
        List<DependencyPath> paths = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (MavenProject module : modules) {
            List<DependencyPath> resolved = resolved(module);
            if (!resolved.isEmpty() || module.getDependencies().isEmpty()) {
                paths.addAll(resolved);
                continue;
            }
            DependencyNode graph;
            try {
                graph = resolve(module).getDependencyGraph();
            } catch (DependencyResolutionException e) {
                // A partial graph still shows the AI SDKs that did resolve.
                graph = e.getResult() == null ? null : e.getResult().getDependencyGraph();
                unresolved.add(module.getArtifactId() + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (graph != null) {
                Coordinate self = new Coordinate(module.getGroupId(), module.getArtifactId(), module.getVersion());
                walk(graph, new ArrayList<>(List.of(self)), paths);
            }
        }
        return new Found(paths, unresolved);
    }

    /** A project's resolved dependencies with their trails, sorted; empty when they are not resolved (yet). */
    static List<DependencyPath> resolved(MavenProject project) {
        List<DependencyPath> paths = new ArrayList<>();
        Set<org.apache.maven.artifact.Artifact> artifacts = project == null ? null : project.getArtifacts();
        if (artifacts == null) {
            return paths;
        }
        for (org.apache.maven.artifact.Artifact artifact : artifacts) {
            List<String> trail = artifact.getDependencyTrail();
            if (trail == null || trail.size() < 2) {
                continue;
            }
            List<Coordinate> coordinates = new ArrayList<>();
            for (String id : trail) {
                String[] parts = id.split(":");
                coordinates.add(new Coordinate(parts[0], parts.length > 1 ? parts[1] : "",
                        parts.length > 3 ? parts[parts.length - 1] : null));
            }
            paths.add(new DependencyPath(coordinates));
        }
        paths.sort(Comparator.comparing(DependencyPath::render));
        return paths;
    }

    private DependencyResolutionResult resolve(MavenProject module) throws DependencyResolutionException {
        DefaultDependencyResolutionRequest request =
                new DefaultDependencyResolutionRequest(module, session.getRepositorySession());
        request.setResolutionFilter((node, parents) -> node.getDependency() == null
                || !"test".equals(node.getDependency().getScope()));
        return resolver.resolve(request);
    }

    private static void walk(DependencyNode node, List<Coordinate> trail, List<DependencyPath> paths) {
        for (DependencyNode child : node.getChildren()) {
            if (child.getDependency() == null || "test".equals(child.getDependency().getScope())
                    || trail.size() > 64) {
                continue;
            }
            Artifact artifact = child.getDependency().getArtifact();
            Coordinate coordinate = new Coordinate(artifact.getGroupId(), artifact.getArtifactId(),
                    artifact.getVersion());
            if (trail.contains(coordinate)) {
                continue;
            }
            trail.add(coordinate);
            paths.add(new DependencyPath(trail));
            walk(child, trail, paths);
            trail.remove(trail.size() - 1);
        }
    }
}
