package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.release.ReleaseService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Released AIMS bundles (classifier aims, type bundle.json) resolved from the project's repositories. */
final class BundleArtifacts {

    private final RepositorySystem repositorySystem;
    private final MavenSession session;
    private final MavenProject project;

    BundleArtifacts(RepositorySystem repositorySystem, MavenSession session, MavenProject project) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.project = project;
    }

    static DefaultArtifact bundle(String groupId, String artifactId, String version) {
        return new DefaultArtifact(groupId, artifactId, ReleaseService.CLASSIFIER, ReleaseService.BUNDLE_TYPE, version);
    }

    Path resolve(DefaultArtifact bundle) throws ArtifactResolutionException {
        return repositorySystem.resolveArtifact(session.getRepositorySession(),
                new ArtifactRequest(bundle, project.getRemoteProjectRepositories(), null)).getArtifact().getFile()
                .toPath();
    }

    /** Each configured {@code groupId:artifactId:version}'s bundle, keyed by the coordinates, in the configured order. */
    Map<String, Path> resolveAll(List<String> configured) throws MojoExecutionException {
        Map<String, Path> resolved = new LinkedHashMap<>();
        for (String entry : configured == null ? List.<String>of() : configured) {
            String coordinates = entry == null ? "" : entry.strip();
            String[] parts = coordinates.split(":");
            if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new MojoExecutionException("aims.bundles entry '" + entry
                        + "' must be groupId:artifactId:version (the bundle's classifier and type are implied)");
            }
            DefaultArtifact artifact = bundle(parts[0], parts[1], parts[2]);
            try {
                resolved.put(coordinates, resolve(artifact));
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException("cannot resolve the AIMS bundle " + artifact + " of aims.bundles entry '"
                        + coordinates + "': was that version released with aims:manifest attached? "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return resolved;
    }
}
