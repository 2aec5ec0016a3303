package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.DependencyPath;
import io.github.aimsplugin.check.PomLocations;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.release.ModelBundle;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.site.InputFingerprint;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * One check and one compliance site over several modules, in the manner of jacoco's report-aggregate: the records of
 * this project, of the reactor modules below it and of the reactor projects it depends on, plus the {@code aims}
 * bundles of released projects resolved from the Maven repositories ({@code bundles}). Ids must be unique across all
 * of them; each record's page names its module. Configure it in the root POM with {@code <inherited>false</inherited>}
 * (or in a module that depends on the others); it replaces aims:check and aims:site there.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends SiteMojo {

    /** Fail the build when the aggregate check finds errors (after the site is written). */
    @Parameter(property = "aims.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Released projects whose AIMS bundles (classifier {@code aims}, type {@code bundle.json}, attached by
     * aims:manifest) join the aggregate, as {@code groupId:artifactId:version}.
     */
    @Parameter(property = "aims.bundles")
    private List<String> bundles;

    /** Where the JSON, SARIF and JUnit reports of the aggregate check go. */
    @Parameter(property = "aims.checkReportDirectory", defaultValue = "${project.build.directory}/aims/check")
    private File reportDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** A released bundle larger than this is refused unread (a whole AIMS of thousands of records is a few MiB). */
    private static final long MAX_BUNDLE_BYTES = 64L * 1024 * 1024;

    private final RepositorySystem repositorySystem;
    private final ProjectDependenciesResolver dependenciesResolver;
    private List<MavenProject> modules;
    private Map<String, Path> resolvedBundles;
    private List<DependencyPath> dependencies;

    @Inject
    public AggregateMojo(RecordValidation validation, RepositorySystem repositorySystem,
            ProjectDependenciesResolver dependenciesResolver) {
        super(validation);
        this.repositorySystem = repositorySystem;
        this.dependenciesResolver = dependenciesResolver;
    }

    @Override
    protected String goal() {
        return "aggregate";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        modules = ReactorModules.of(project(), session.getProjects());
        resolvedBundles = resolveBundles();
        if (modules.size() == 1 && resolvedBundles.isEmpty()) {
            getLog().info("AIMS aggregate: nothing to aggregate in " + project().getArtifactId()
                    + " (no modules below it or depended on, no aims.bundles); skipped. Configure aims:aggregate in"
                    + " the root POM with <inherited>false</inherited>, and aims:check or aims:site in single modules");
            return;
        }
        getLog().info("AIMS aggregate over " + modules.size() + " module(s) and " + resolvedBundles.size()
                + " released bundle(s): " + String.join(", ", names()));
        super.run();
    }

    @Override
    protected ValidationResult loadRecords() throws MojoExecutionException {
        List<RecordSource> sources = new ArrayList<>();
        for (MavenProject module : modules) {
            sources.add(new RecordSource(module.getArtifactId(), ReactorModules.directory(module),
                    relativeSourceDirectories()));
        }
        List<BundledRecord> bundled = new ArrayList<>();
        for (Map.Entry<String, Path> bundle : resolvedBundles.entrySet()) {
            try {
                if (java.nio.file.Files.size(bundle.getValue()) > MAX_BUNDLE_BYTES) {
                    throw new IOException("it is larger than " + MAX_BUNDLE_BYTES / (1024 * 1024)
                            + " MiB, far more than any AIMS; it is not a bundle written by aims:manifest");
                }
                bundled.addAll(ModelBundle.records(bundle.getValue(), bundle.getKey()));
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read the AIMS bundle of " + bundle.getKey() + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            return validation.validate(recordsBase(), sources, bundled, today(), maxFileBytes());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("cannot read AIMS records: " + e.getMessage(), e);
        }
    }

    @Override
    protected Path recordsBase() {
        return modules == null ? super.recordsBase() : ReactorModules.commonDirectory(modules);
    }

    @Override
    protected List<DependencyPath> checkedDependencies() {
        if (dependencies == null) {
            dependencies = resolveDependencies();
        }
        return dependencies;
    }

    private List<DependencyPath> resolveDependencies() {
        ModuleDependencies.Found found = new ModuleDependencies(dependenciesResolver, session).of(modules);
        if (!found.unresolved().isEmpty()) {
            getLog().warn("AIMS aggregate: the dependencies of " + String.join("; ", found.unresolved())
                    + " could not all be resolved, so third-party-declared saw only part of them");
        }
        List<DependencyPath> paths = new ArrayList<>(found.paths());
        paths.sort(java.util.Comparator.comparing(DependencyPath::render));
        return paths;
    }

    @Override
    protected BiFunction<String, String, SourceLocation> pomLocator(PomLocations own) {
        List<PomLocations> poms = new ArrayList<>();
        for (MavenProject module : modules) {
            Path pom = module.getFile() == null ? ReactorModules.directory(module).resolve("pom.xml")
                    : module.getFile().toPath().toAbsolutePath().normalize();
            poms.add(PomLocations.read(pom, recordsBase().relativize(pom).toString().replace(File.separatorChar, '/')));
        }
        return (groupId, artifactId) -> poms.stream().map(pom -> pom.locate(groupId, artifactId))
                .filter(location -> location.line() > 1).findFirst()
                .orElseGet(() -> poms.get(0).locate(groupId, artifactId));
    }

    @Override
    protected boolean checksEveryBuild() {
        return true;
    }

    @Override
    protected void fingerprintRecords(InputFingerprint fingerprint) throws IOException, MojoExecutionException {
        Path base = recordsBase();
        for (MavenProject module : modules) {
            Path directory = ReactorModules.directory(module);
            fingerprint.text("module", module.getArtifactId())
                    .records(base, directory, relativeSourceDirectories().stream().map(directory::resolve).toList())
                    .directory(base, directory.resolve("docs"))
                    .file(base, directory.resolve("pom.xml"));
        }
        for (Map.Entry<String, Path> bundle : resolvedBundles.entrySet()) {
            fingerprint.text("bundle", bundle.getKey()).file(bundle.getValue().getParent(), bundle.getValue());
        }
    }

    @Override
    protected void reportCheck(CheckResult check) throws MojoExecutionException {
        CheckOutput.log(getLog(), check.violations());
        CheckOutput.writeReports(reportDirectory.toPath(), check, Baseline.empty().compare(check.violations()),
                pluginVersion());
    }

    @Override
    protected void failIfRequired(CheckResult check) throws MojoFailureException {
        String counts = check.errors() + " error" + (check.errors() == 1 ? "" : "s") + ", " + check.warnings()
                + " warning" + (check.warnings() == 1 ? "" : "s") + " over " + names().size() + " modules and bundles";
        if (failOnViolation && check.errors() > 0) {
            throw new MojoFailureException("AIMS aggregate check failed: " + counts);
        }
        getLog().info((check.errors() > 0 ? "AIMS aggregate check found " : "AIMS aggregate check passed: ") + counts);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(modules.stream().map(MavenProject::getArtifactId).toList());
        names.addAll(resolvedBundles.keySet());
        return names;
    }

    /** Resolves each configured bundle from the repositories, keyed by its coordinates, in the configured order. */
    private Map<String, Path> resolveBundles() throws MojoExecutionException {
        Map<String, Path> resolved = new LinkedHashMap<>();
        if (bundles == null) {
            return resolved;
        }
        for (String configured : bundles) {
            String coordinates = configured == null ? "" : configured.strip();
            String[] parts = coordinates.split(":");
            if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new MojoExecutionException("aims.bundles entry '" + configured
                        + "' must be groupId:artifactId:version (the bundle's classifier and type are implied)");
            }
            DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], ManifestMojo.CLASSIFIER,
                    ManifestMojo.BUNDLE_TYPE, parts[2]);
            try {
                resolved.put(coordinates, repositorySystem.resolveArtifact(session.getRepositorySession(),
                        new ArtifactRequest(artifact, project().getRemoteProjectRepositories(), null))
                        .getArtifact().getFile().toPath());
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException("cannot resolve the AIMS bundle " + artifact + " of aims.bundles entry '"
                        + coordinates + "': was that version released with aims:manifest attached? "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return resolved;
    }
}
