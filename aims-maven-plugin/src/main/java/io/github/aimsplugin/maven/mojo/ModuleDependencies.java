package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.DependencyPath;
import io.github.aimsplugin.check.DependencyPath.Coordinate;
import java.util.ArrayList;
import java.util.List;
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

    Found of(List<MavenProject> modules) {
        List<DependencyPath> paths = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (MavenProject module : modules) {
            List<DependencyPath> resolved = AbstractCheckMojo.dependenciesOf(module);
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
