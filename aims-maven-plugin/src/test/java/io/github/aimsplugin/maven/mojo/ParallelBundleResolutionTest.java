package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services' ranges are resolved several at a time (each may cost a round trip for its metadata), and the outcome
 * is the one of a resolution in order: the configured order, warnings in that order, the first error in that order.
 */
class ParallelBundleResolutionTest {

    @TempDir
    Path repository;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<String> lookedUp = Collections.synchronizedList(new ArrayList<>());

    /** A repository where each range lookup takes 50 ms, g:a7 has no bundle, and g:broken is no range Maven reads. */
    private BundleArtifacts artifacts() {
        RepositorySystem system = (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RepositorySystem.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "resolveVersionRange" -> range((VersionRangeRequest) args[1]);
                    case "resolveArtifact" -> artifact((ArtifactRequest) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DefaultRepositorySystemSession repositorySession = new DefaultRepositorySystemSession();
        MavenSession session = new MavenSession(null, repositorySession, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("portfolio");
        model.setVersion("1.0");
        return new BundleArtifacts(system, session, new MavenProject(model));
    }

    private VersionRangeResult range(VersionRangeRequest request) throws Exception {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(50);
            lookedUp.add(request.getArtifact().getArtifactId());
            if (request.getArtifact().getArtifactId().equals("broken")) {
                throw new IllegalArgumentException("Invalid version range [x");
            }
            GenericVersionScheme scheme = new GenericVersionScheme();
            return new VersionRangeResult(request).setVersions(List.of(scheme.parseVersion("1.0"),
                    scheme.parseVersion("1.1"), scheme.parseVersion("1.2-SNAPSHOT")));
        } finally {
            running.decrementAndGet();
        }
    }

    private ArtifactResult artifact(ArtifactRequest request) throws ArtifactResolutionException {
        ArtifactResult result = new ArtifactResult(request);
        if (request.getArtifact().getArtifactId().equals("a7")) {
            throw new ArtifactResolutionException(List.of(result));
        }
        File file = repository.resolve(request.getArtifact().getArtifactId() + ".json").toFile();
        return result.setArtifact(request.getArtifact().setFile(file));
    }

    @Test
    void rangesAreLookedUpSeveralAtATimeAndReportedInTheConfiguredOrder() throws Exception {
        List<String> configured = new ArrayList<>();
        for (int n = 12; n >= 1; n--) {
            configured.add("g:a" + n + ":[1,2)");
        }
        List<String> missing = new ArrayList<>();

        var resolved = artifacts().resolveAll(configured, "aims.bundlesFrom", missing::add);

        assertThat(mostAtOnce.get()).isGreaterThan(1).isLessThanOrEqualTo(BundleArtifacts.THREADS);
        assertThat(resolved.keySet()).containsExactly("g:a12:1.1", "g:a11:1.1", "g:a10:1.1", "g:a9:1.1", "g:a8:1.1",
                "g:a6:1.1", "g:a5:1.1", "g:a4:1.1", "g:a3:1.1", "g:a2:1.1", "g:a1:1.1");
        assertThat(resolved.get("g:a3:1.1")).hasFileName("a3.json");
        assertThat(missing).containsExactly("g:a7:1.1 (the newest release of aims.bundlesFrom entry 'g:a7:[1,2)') has"
                + " no AIMS bundle: release it with aims:manifest attached; left out");
    }

    @Test
    void theFirstBadEntryInTheConfiguredOrderIsTheError() {
        List<String> configured = List.of("g:a1:[1,2)", "g:broken:[x]", "g:a2:[1,2)", "g:only-two-parts");

        assertThatThrownBy(() -> artifacts().resolveAll(configured, "aims.bundles", warning -> { }))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("aims.bundles entry 'g:broken:[x]': '[x]' is not a version range Maven reads");
    }
}
