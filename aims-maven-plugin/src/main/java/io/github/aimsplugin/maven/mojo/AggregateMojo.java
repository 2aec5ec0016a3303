package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.site.render.BuildRenderer;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.report.CheckReports;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.release.ServiceRelease;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.site.Portfolio;
import io.github.aimsplugin.site.SiteService;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;

/**
 * One check and one compliance site over several modules, in the manner of jacoco's report-aggregate: the records of
 * this project, of the reactor modules below it and of the reactor projects it depends on, plus the {@code aims}
 * bundles of released projects ({@code bundles}). Ids must be unique across all of them; each record's page names
 * its module. Configure it in the root POM with {@code <inherited>false</inherited>} (or in a module that depends on
 * the others); it replaces aims:check and aims:site there. The check runs even when the site is up to date.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends AbstractAimsMojo {

    /**
     * Released projects whose AIMS bundles (attached by aims:manifest) join, as {@code groupId:artifactId:version}
     * or with a version range ({@code com.example:credit-service:[2,)}: its newest release).
     */
    @Parameter(property = "aims.bundles")
    private List<String> bundles;

    /**
     * A BOM whose managed dependencies are the services whose bundles join, at the versions (or ranges) it manages:
     * {@code com.example:services-bom:1.4} (a version or a range).
     */
    @Parameter(property = "aims.bundlesFrom")
    private String bundlesFrom;

    private final RepositorySystem repositorySystem;
    private final ProjectDependenciesResolver dependenciesResolver;
    private final ProjectBuilder projectBuilder;

    /** The build's renderer, shared by every module (not named renderer: that is aims.renderer's field). */
    private final BuildRenderer buildRenderer;

    @Inject
    public AggregateMojo(RecordValidation validation, ScanCache scans, BuildRenderer buildRenderer,
            RepositorySystem repositorySystem,
            ProjectDependenciesResolver dependenciesResolver, ProjectBuilder projectBuilder) {
        super(validation, scans);
        this.buildRenderer = buildRenderer;
        this.repositorySystem = repositorySystem;
        this.dependenciesResolver = dependenciesResolver;
        this.projectBuilder = projectBuilder;
    }

    @Override
    protected String goal() {
        return "aggregate";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        List<MavenProject> modules = ReactorModules.of(project(), session().getProjects());
        Map<String, Path> released = released();
        List<String> names = new ArrayList<>(modules.stream().map(MavenProject::getArtifactId).toList());
        names.addAll(released.keySet());
        if (names.size() == 1) {
            getLog().info("AIMS aggregate: nothing to aggregate in " + project().getArtifactId()
                    + " (no modules below it or depended on, no aims.bundles); skipped. Configure aims:aggregate in"
                    + " the root POM with <inherited>false</inherited>, and aims:check or aims:site in single modules");
            return;
        }
        getLog().info("AIMS aggregate over " + modules.size() + " module(s) and " + released.size()
                + " released bundle(s): " + String.join(", ", names));
        SiteService site = siteService(buildRenderer);
        Workspace workspace = workspace(modules, released);
        warnOfStaleOrganisation(released);
        SiteService.Plan plan = site.plan(siteRequest(checkRequest(workspace, clock), clock));
        if (plan.upToDate()) {
            // The check's verdict must not be skipped with the rendering: a failing build stays failing.
            io.github.aimsplugin.check.ComplianceCheck.Outcome outcome = complianceCheck().run(plan.request().check());
            CheckResult check = outcome.result();
            report(check, outcome.code().scan());
            getLog().info(plan.upToDateLine());
            verdict(check, names.size());
            return;
        }
        SiteService.Checked checked = site.check(plan);
        report(checked.result(), checked.code().scan());
        site.render(checked);
        verdict(checked.result(), names.size());
    }

    /** The bundles of aims.bundles and of the services of aims.bundlesFrom; a newest release without one is named. */
    private Map<String, Path> released() throws MojoExecutionException {
        long start = System.nanoTime();
        BundleArtifacts artifacts = new BundleArtifacts(repositorySystem, session(), project());
        Map<String, Path> released = new LinkedHashMap<>(artifacts.resolveAll(bundles, "aims.bundles",
                getLog()::warn));
        if (bundlesFrom != null && !bundlesFrom.isBlank()) {
            List<String> services = ServiceBom.services(bundlesFrom, artifacts, repositorySystem, projectBuilder,
                    session(), project());
            getLog().info("AIMS aggregate: " + services.size() + " service(s) from " + ServiceBom.PROPERTY + " "
                    + bundlesFrom.strip());
            artifacts.resolveAll(services, ServiceBom.PROPERTY, getLog()::warn).forEach(released::putIfAbsent);
        }
        getLog().info("AIMS aggregate: " + released.size() + " released bundle(s) resolved in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return released;
    }

    /**
     * A service checked against an older release of the organisation than this aggregate stands for (its
     * aims.organisation, else this project) is named with its bundle; the portfolio flags it too.
     */
    private void warnOfStaleOrganisation(Map<String, Path> released) {
        String organisation = organisationCoordinates();
        for (Map.Entry<String, Path> bundle : released.entrySet()) {
            try {
                ServiceRelease service = ServiceRelease.read(bundle.getKey(), bundle.getValue());
                String staleness = new Portfolio(organisation, List.of()).staleness(service);
                if (!staleness.isEmpty() && !service.organisation().isEmpty()) {
                    getLog().warn(LogText.escape(bundle.getValue().getFileName() + ": " + bundle.getKey()
                            + " was checked against " + service.organisation() + ", " + staleness + " that this"
                            + " aggregate uses (" + organisation + "); release the service again against it"));
                }
            } catch (IOException e) {
                // A bundle that cannot be read is reported, located, when its records are validated.
            }
        }
    }

    /** The organisation release this aggregate stands for: its aims.organisation, else this project. */
    private String organisationCoordinates() {
        String configured = organisationRelease();
        return configured != null ? configured
                : projectName() + ":" + (project() == null ? "" : project().getVersion().replace("-SNAPSHOT", ""));
    }

    private Workspace workspace(List<MavenProject> modules, Map<String, Path> released)
            throws IOException, MojoExecutionException {
        Path own = ReactorModules.directory(project());
        List<Path> folders = sourceDirectories().stream().map(dir -> dir.isAbsolute() && dir.startsWith(own)
                ? own.relativize(dir) : dir).toList();
        List<RecordSource> sources = modules.stream().map(module -> new RecordSource(module.getArtifactId(),
                ReactorModules.directory(module), folders)).toList();
        List<Path> poms = modules.stream().map(module -> module.getFile() == null
                ? ReactorModules.directory(module).resolve("pom.xml") : module.getFile().toPath()).toList();
        return withOrganisation(new Workspace(ReactorModules.commonDirectory(modules), sources,
                own.resolve(folders.get(0)), released, ReleaseService.bundled(released),
                new ModuleDependencies(dependenciesResolver, session()).of(modules, getLog()::warn), poms, List.of())
                // Each module's classes, sources and resources: attributed with that module's records (CodeChecks).
                .withCode(modules.stream().flatMap(module -> ModuleCode.of(module).stream()).toList()));
    }

    private void report(CheckResult check, io.github.aimsplugin.code.CodeScan scan) throws IOException {
        CheckOutput.log(getLog(), check.violations());
        CheckReports.write(outputPath(reportDirectory, "aims.checkReportDirectory", false), check,
                Baseline.empty().compare(check.violations()), pluginVersion(), scan);
    }

    private void verdict(CheckResult check, int sources) throws MojoFailureException {
        String counts = CheckOutput.counts(check.errors(), check.warnings()) + " over " + sources
                + " modules and bundles";
        if (failOnViolation && check.errors() > 0) {
            throw new MojoFailureException("AIMS aggregate check failed: " + counts);
        }
        getLog().info((check.errors() > 0 ? "AIMS aggregate check found " : "AIMS aggregate check passed: ") + counts);
    }
}
