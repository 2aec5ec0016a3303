package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.release.ReleaseService;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The organisation's released records a service is checked against ({@code aims.organisation}, a version or a
 * range), resolved as released bundles are, from the project's repositories: the repository manager is the store.
 *
 * @param coordinates the release used, {@code groupId:artifactId:version} (a range resolved to its newest release)
 * @param bundle its bundle file
 */
record OrganisationBundle(String coordinates, Path bundle) {

    static final String PROPERTY = "aims.organisation";

    static OrganisationBundle resolve(String configured, RepositorySystem system, MavenSession session,
            MavenProject project) throws MojoExecutionException {
        if (system == null || session == null || project == null) {
            throw new MojoExecutionException(PROPERTY + " '" + configured + "' needs a Maven project and its"
                    + " repositories to resolve the organisation's bundle");
        }
        BundleArtifacts artifacts = new BundleArtifacts(system, session, project);
        String coordinates = artifacts.released(configured, PROPERTY);
        String[] parts = coordinates.split(":");
        try {
            return new OrganisationBundle(coordinates, artifacts.resolve(BundleArtifacts.bundle(parts[0], parts[1],
                    parts[2])));
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the organisation's AIMS bundle of " + PROPERTY + " '"
                    + configured.strip() + "' (" + coordinates + "): was that version of the governance repository"
                    + " released with aims:manifest attached? " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The workspace with the organisation's records joined, read-only; a file that is no bundle is refused. */
    Workspace join(Workspace workspace) throws IOException {
        return workspace.withOrganisation(coordinates, bundle, ReleaseService.organisation(coordinates, bundle));
    }
}
