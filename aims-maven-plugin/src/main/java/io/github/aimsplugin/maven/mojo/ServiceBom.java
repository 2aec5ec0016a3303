package io.github.aimsplugin.maven.mojo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The services of a BOM ({@code aims.bundlesFrom}): the BOM's own managed dependencies, each a service whose
 * {@code aims} bundle joins the aggregate, at the version (or range) the BOM manages. The BOM is read as Maven reads
 * it (parent and properties resolved); BOMs it imports are not services of the organisation and are left out.
 */
final class ServiceBom {

    static final String PROPERTY = "aims.bundlesFrom";

    private ServiceBom() {}

    /** {@code groupId:artifactId:version} of each managed dependency of the BOM, in the BOM's order. */
    static List<String> services(String configured, BundleArtifacts artifacts, RepositorySystem system,
            ProjectBuilder builder, MavenSession session, MavenProject project) throws MojoExecutionException {
        String coordinates = artifacts.released(configured, PROPERTY);
        String[] parts = coordinates.split(":");
        Path pom;
        try {
            pom = system.resolveArtifact(session.getRepositorySession(), new ArtifactRequest(
                    new DefaultArtifact(parts[0], parts[1], "pom", parts[2]), project.getRemoteProjectRepositories(),
                    null)).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the BOM " + coordinates + " of " + PROPERTY + " '"
                    + configured.strip() + "': " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        MavenProject bom;
        try {
            ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
            request.setProcessPlugins(false);
            request.setResolveDependencies(false);
            request.setRemoteRepositories(project.getRemoteArtifactRepositories());
            request.setValidationLevel(org.apache.maven.model.building.ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
            bom = builder.build(pom.toFile(), request).getProject();
        } catch (ProjectBuildingException e) {
            throw new MojoExecutionException("cannot read the BOM " + coordinates + " of " + PROPERTY + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        // The BOM's own entries: an imported BOM's entries are merged into the effective model, not written here.
        DependencyManagement own = bom.getOriginalModel().getDependencyManagement();
        Set<String> written = own == null ? Set.of() : own.getDependencies().stream()
                .map(dependency -> dependency.getGroupId() + ":" + dependency.getArtifactId())
                .collect(Collectors.toSet());
        DependencyManagement effective = bom.getDependencyManagement();
        List<String> services = new ArrayList<>();
        for (Dependency dependency : effective == null ? List.<Dependency>of() : effective.getDependencies()) {
            String key = dependency.getGroupId() + ":" + dependency.getArtifactId();
            String entry = key + ":" + dependency.getVersion();
            if (written.contains(key) && !"import".equals(dependency.getScope()) && !services.contains(entry)) {
                services.add(entry);
            }
        }
        if (services.isEmpty()) {
            throw new MojoExecutionException("the BOM " + coordinates + " of " + PROPERTY + " manages no dependencies:"
                    + " list the services in its <dependencyManagement>");
        }
        return services;
    }
}
