package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.schema.LogText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * The bundles of this project's last released versions, older than the version being built, resolved from its
 * repositories as aims:diff resolves one; none is fine (a first release has no trend yet).
 */
final class ReleasedBundles {

    private ReleasedBundles() {}

    /** Up to {@code count} bundles by version, oldest first; a version whose bundle is missing is skipped. */
    static Map<String, Path> last(int count, RepositorySystem system, MavenSession session, MavenProject project,
            Consumer<String> warn) {
        Map<String, Path> bundles = new LinkedHashMap<>();
        if (count <= 0 || system == null || project == null) {
            return bundles;
        }
        DefaultArtifact range = BundleArtifacts.bundle(project.getGroupId(), project.getArtifactId(), "[0,)");
        List<Version> versions;
        try {
            versions = system.resolveVersionRange(session.getRepositorySession(),
                    new VersionRangeRequest(range, project.getRemoteProjectRepositories(), null)).getVersions();
        } catch (VersionRangeResolutionException e) {
            warn.accept("AIMS site: previous releases not found for the metric trends: "
                    + LogText.escape(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return bundles;
        }
        String current = project.getVersion().replace("-SNAPSHOT", "");
        List<Version> released = new ArrayList<>();
        for (Version version : versions) {
            String text = version.toString();
            if (!text.endsWith("-SNAPSHOT") && !text.equals(current) && isOlder(versions, version, current)) {
                released.add(version);
            }
        }
        BundleArtifacts artifacts = new BundleArtifacts(system, session, project);
        for (Version version : released.subList(Math.max(0, released.size() - count), released.size())) {
            try {
                bundles.put(version.toString(), artifacts.resolve(BundleArtifacts.bundle(project.getGroupId(),
                        project.getArtifactId(), version.toString())));
            } catch (ArtifactResolutionException e) {
                // a version string comes from repository metadata: untrusted, like a bundle's text
                warn.accept("AIMS site: release " + LogText.escape(version.toString())
                        + " has no AIMS bundle; left out of the metric trends");
            }
        }
        return bundles;
    }

    /** Whether a version sorts before the version being built (compared by the repository's version scheme). */
    private static boolean isOlder(List<Version> versions, Version version, String current) {
        for (Version other : versions) {
            if (other.toString().equals(current)) {
                return version.compareTo(other) < 0;
            }
        }
        // the version being built is not in the repository yet: compare as Maven orders versions
        return new org.apache.maven.artifact.versioning.ComparableVersion(version.toString())
                .compareTo(new org.apache.maven.artifact.versioning.ComparableVersion(current)) < 0;
    }
}
