package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.release.ReleaseService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/** Released AIMS bundles (classifier aims, type bundle.json) resolved from the project's repositories. */
final class BundleArtifacts {

    /** Bundles resolved at once: round trips to the repository manager overlap, the CPU work is small. */
    static final int THREADS = 8;

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

    /**
     * A configured {@code groupId:artifactId:version} whose version may be a Maven range ({@code [3,4)},
     * {@code [2,)}): the range is resolved to its newest release (snapshots are not releases) in the project's
     * repositories, and the coordinates returned name that version.
     *
     * @param property the parameter's user property, named in messages
     */
    String released(String entry, String property) throws MojoExecutionException {
        String coordinates = entry == null ? "" : entry.strip();
        String[] parts = coordinates.split(":");
        if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new MojoExecutionException(property + " entry '" + entry + "' must be groupId:artifactId:version"
                    + " or groupId:artifactId:[range] (the bundle's classifier and type are implied)");
        }
        if (!parts[2].startsWith("[") && !parts[2].startsWith("(")) {
            return coordinates;
        }
        List<Version> versions;
        try {
            versions = repositorySystem.resolveVersionRange(session.getRepositorySession(),
                    new VersionRangeRequest(bundle(parts[0], parts[1], parts[2]),
                            project.getRemoteProjectRepositories(), null)).getVersions();
        } catch (VersionRangeResolutionException | IllegalArgumentException e) {
            throw new MojoExecutionException(property + " entry '" + coordinates + "': '" + parts[2]
                    + "' is not a version range Maven reads (write [3,4) or [2,)): "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        Version newest = null;
        for (Version version : versions) {
            if (!version.toString().endsWith("-SNAPSHOT") && (newest == null || version.compareTo(newest) > 0)) {
                newest = version;
            }
        }
        if (newest == null) {
            throw new MojoExecutionException(property + " entry '" + coordinates + "': no release of " + parts[0] + ":"
                    + parts[1] + " in " + parts[2] + " is in the repositories (" + repositories()
                    + "); release it with aims:manifest attached, or widen the range");
        }
        return parts[0] + ":" + parts[1] + ":" + newest;
    }

    private String repositories() {
        List<String> ids = new ArrayList<>();
        ids.add("local " + session.getRepositorySession().getLocalRepository().getBasedir());
        project.getRemoteProjectRepositories().forEach(repository -> ids.add(repository.getId()));
        return String.join(", ", ids);
    }

    /**
     * Each configured {@code groupId:artifactId:version}'s bundle, keyed by the coordinates of the release used, in
     * the configured order. A range ({@code [2,)}) takes its newest release; when that release has no bundle, it is
     * reported through {@code missing} and left out (a pinned version without a bundle is a configuration error).
     *
     * <p>The entries are resolved {@value #THREADS} at a time: each range costs a round trip for its
     * {@code maven-metadata.xml} whenever the repository's update policy (or {@code -U}) says to look again, and 200
     * of them one after the other took 21 s against a local HTTP server. Results, warnings and the first error are
     * still reported in the configured order.
     */
    Map<String, Path> resolveAll(List<String> configured, String property, Consumer<String> missing)
            throws MojoExecutionException {
        List<String> entries = rejoinRanges(configured);
        List<Future<Resolved>> pending = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(THREADS, entries.size())),
                threads(Thread.currentThread().getContextClassLoader()));
        try {
            for (String entry : entries) {
                pending.add(pool.submit(() -> resolveOne(entry, property)));
            }
            Map<String, Path> resolved = new LinkedHashMap<>();
            for (Future<Resolved> future : pending) {
                Resolved one = result(future);
                if (one.path() == null) {
                    missing.accept(one.missing());
                } else {
                    resolved.put(one.coordinates(), one.path());
                }
            }
            return resolved;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parallel resolution's worker threads: daemons, with the plugin's class loader (the resolver may look up). */
    private static ThreadFactory threads(ClassLoader loader) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "aims-resolve-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }

    private static Resolved result(Future<Resolved> future) throws MojoExecutionException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while resolving the AIMS bundles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MojoExecutionException configuration) {
                throw configuration;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new MojoExecutionException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    /** One entry: its release and bundle, or why the newest release of its range is left out. */
    private record Resolved(String coordinates, Path path, String missing) {}

    private Resolved resolveOne(String entry, String property) throws MojoExecutionException {
        String coordinates = released(entry, property);
        String[] parts = coordinates.split(":");
        DefaultArtifact artifact = bundle(parts[0], parts[1], parts[2]);
        try {
            return new Resolved(coordinates, resolve(artifact), "");
        } catch (ArtifactResolutionException e) {
            if (!coordinates.equals(entry.strip())) {
                return new Resolved(coordinates, null, coordinates + " (the newest release of " + property
                        + " entry '" + entry.strip() + "') has no AIMS bundle: release it with aims:manifest attached;"
                        + " left out");
            }
            throw new MojoExecutionException("cannot resolve the AIMS bundle " + artifact + " of " + property
                    + " entry '" + coordinates + "': was that version released with aims:manifest attached? "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Entries as written: Maven splits a list given as a user property on commas, which also cuts a range such as
     * {@code g:a:[2,3)} in two; the pieces of an open range are joined again.
     */
    static List<String> rejoinRanges(List<String> configured) {
        List<String> entries = new ArrayList<>();
        StringBuilder open = null;
        for (String piece : configured == null ? List.<String>of() : configured) {
            String text = piece == null ? "" : piece;
            if (open != null) {
                open.append(',').append(text);
                if (text.contains("]") || text.contains(")")) {
                    entries.add(open.toString());
                    open = null;
                }
            } else if ((text.contains(":[") || text.contains(":(")) && !text.contains("]") && !text.contains(")")) {
                open = new StringBuilder(text);
            } else {
                entries.add(text);
            }
        }
        if (open != null) {
            entries.add(open.toString());
        }
        return entries;
    }
}
