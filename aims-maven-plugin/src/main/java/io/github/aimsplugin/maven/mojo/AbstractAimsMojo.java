package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.check.ComplianceCheck;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.RuleConfiguration;
import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.paths.OutputPaths;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.site.SiteService;
import io.github.aimsplugin.site.render.RendererSettings;
import io.github.aimsplugin.site.render.BuildRenderer;
import io.github.aimsplugin.validation.RecordValidation;
import io.github.aimsplugin.validation.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The one base of the AIMS goals: every parameter that more than one goal reads is declared here, once, with its
 * default (Maven finds parameters only along a mojo's class chain, and the goals share this one level of it); each
 * says which goals read it. The base handles aims.skip, parses aims.today once, turns parameters into the values the
 * services take, and maps their outcomes to {@link MojoFailureException} (invalid records) and
 * {@link MojoExecutionException} (configuration and I/O).
 */
public abstract class AbstractAimsMojo extends AbstractMojo {

    /** Skips the goal. All goals. */
    @Parameter(property = "aims.skip", defaultValue = "false")
    private boolean skip;

    /** The module's base directory; record paths are shown relative to it, and evidence must lie inside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The module's build directory: every output goes under it unless a setting explicitly says otherwise. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /** The module's project (null in some harness tests). */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The build session: aggregate and diff resolve released bundles with it. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /**
     * The organisation's released records this service is checked against, as {@code groupId:artifactId:version}
     * or with a version range ({@code com.example:aims-org:[3,4)}, the newest release in it): the governance
     * repository's {@code aims} bundle, resolved from the project's repositories and read-only here. Goals that read
     * records. See docs/multi-module.md.
     */
    @Parameter(property = "aims.organisation")
    private String organisation;

    /** Resolves aims.organisation (field-injected, so that each goal keeps its own constructor). */
    @javax.inject.Inject
    private org.eclipse.aether.RepositorySystem repositorySystem;

    /** aims.organisation as resolved for this execution, once. */
    private OrganisationBundle organisationBundle;

    /**
     * Directories searched, recursively, for record files ({@code *.yaml}, {@code *.yml}). Default:
     * {@code src/main/aims}. Missing directories are skipped. They must lie inside the project. Goals that read
     * records (all but init).
     */
    @Parameter(property = "aims.sourceDirectories")
    private List<File> sourceDirectories;

    /** Largest record file read, in bytes; larger files are reported, not parsed. Goals that read records. */
    @Parameter(property = "aims.maxFileBytes", defaultValue = "" + YamlLimits.DEFAULT_MAX_FILE_BYTES)
    private long maxFileBytes;

    /**
     * The date against which "must be in the past", "overdue" and "stale" are judged, as YYYY-MM-DD. Default: the
     * current date. Set it to make a build repeatable. All goals.
     */
    @Parameter(property = "aims.today")
    private String today;

    /**
     * Rule levels: {@code <rules><rule><id>actions-not-overdue</id><level>error</level></rule></rules>}. Level is
     * error, warning or off. Rules not named keep their default level. This and the five settings below are read by
     * the goals that run the rules: check, baseline, site, aggregate, manifest.
     */
    @Parameter
    private List<RuleLevel> rules;

    /** Fewest words of the justification of an excluded control (rule exclusion-justified). */
    @Parameter(property = "aims.minJustificationWords", defaultValue = "" + CheckSettings.DEFAULT_MIN_JUSTIFICATION_WORDS)
    private int minJustificationWords;

    /** Longest time, in months, since the last internal audit (rule audit-programme-current). */
    @Parameter(property = "aims.auditIntervalMonths", defaultValue = "" + CheckSettings.DEFAULT_AUDIT_INTERVAL_MONTHS)
    private int auditIntervalMonths;

    /** Longest time, in months, since the last management review (rule management-review-current). */
    @Parameter(property = "aims.reviewIntervalMonths", defaultValue = "" + CheckSettings.DEFAULT_REVIEW_INTERVAL_MONTHS)
    private int reviewIntervalMonths;

    /**
     * Whether git history is read: review-fresh then also fails an assessment older than a committed change to its
     * AI system record, and the site shows each record's history.
     */
    @Parameter(property = "aims.gitHistory", defaultValue = "true")
    private boolean gitHistory;

    /** Whether the built-in list of AI SDK coordinates is scanned for (rule third-party-declared). */
    @Parameter(property = "aims.builtInAiSdks", defaultValue = "true")
    private boolean builtInAiSdks;

    /**
     * Whether a release metric that this build did not measure fails the build (rule metric-measured). Unset: an
     * error when the tests ran, a warning naming the skipped tests when -DskipTests or -Dmaven.test.skip is set (like
     * JaCoCo's check without execution data). true: an error in every build; false: a warning in every build.
     */
    @Parameter(property = "aims.requireMetrics")
    private String requireMetrics;

    /** More AI SDK coordinates to scan for, as groupId:artifactId patterns with '*'. */
    @Parameter
    private List<String> additionalAiSdks;

    /**
     * The moving model aliases rule model-pinned reports ({@code gpt-4o}, {@code *-latest}: names or globs with '*').
     * When set, the list replaces the built-in one of ai-code.yaml: copy that list and edit it. Unset or empty: the
     * built-in list. On the command line: {@code -Daims.movingModels=gpt-4o,*-latest}.
     */
    @Parameter(property = "aims.movingModels")
    private List<String> movingModels;

    /**
     * Moving model aliases added to the list of rule model-pinned (names or globs with '*'), for models the built-in
     * list does not know: {@code -Daims.additionalMovingModels=house-model,acme-*-stable}.
     */
    @Parameter(property = "aims.additionalMovingModels")
    private List<String> additionalMovingModels;

    /**
     * Model names (or globs) rule model-pinned never reports, though an alias of the list matches them: a name this
     * organisation has assessed as fixed ({@code -Daims.notMovingModels=mistral-small-latest}).
     */
    @Parameter(property = "aims.notMovingModels")
    private List<String> notMovingModels;

    /** Fail the build when the check finds errors (check: at or above failOn). Goals check and aggregate. */
    @Parameter(property = "aims.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /** Known violations to tolerate: written by aims:baseline, read by aims:check when the file exists. */
    @Parameter(property = "aims.baseline", defaultValue = "${project.basedir}/aims-baseline.json")
    protected File baseline;

    /** Where the JSON, SARIF and JUnit reports of the check go: check and aggregate write them, manifest hashes them. */
    @Parameter(alias = "checkReportDirectory", property = "aims.checkReportDirectory",
            defaultValue = "${project.build.directory}/aims/check")
    protected File reportDirectory;

    /** Where the site is written, inside the build directory (it is emptied): site, aggregate; manifest hashes it. */
    @Parameter(property = "aims.siteDirectory", defaultValue = "${project.build.directory}/aims-site")
    protected File siteDirectory;

    /** A folder of templates that replace the built-in ones of the same name. Site and aggregate. */
    @Parameter(property = "aims.templateDirectory")
    private File templateDirectory;

    /**
     * Also render the PDF audit pack ({@code aims-audit-pack.pdf}) from the same AsciiDoc. Off by default: auditors
     * need it per release, not per commit. Site and aggregate.
     */
    @Parameter(property = "aims.pdf", defaultValue = "false")
    private boolean pdf;

    /** Exports also written into the site ({@code exports/}): comma-separated oscal, cyclonedx. Site, aggregate. */
    @Parameter(property = "aims.siteExports")
    private String siteExports;

    /** A previous release's aims-bundle.json: the site's Changes page, and aims:diff, compare with it. */
    @Parameter(property = "aims.diffAgainst")
    protected File diffAgainst;

    /**
     * Where Asciidoctor runs: {@code fork} (a renderer JVM of its own, tuned for JRuby, one per build) or
     * {@code in-process} (in the build's JVM). Site and aggregate.
     */
    @Parameter(property = "aims.renderer", defaultValue = "fork")
    private String renderer;

    /** The renderer JVM's maximum heap, as {@code -Xmx} takes it. Site and aggregate. */
    @Parameter(property = "aims.rendererMaxHeap", defaultValue = RendererSettings.DEFAULT_MAX_HEAP)
    private String rendererMaxHeap;

    /** Seconds one rendering request (HTML pages, or the PDF) may take before the renderer is stopped. */
    @Parameter(property = "aims.rendererTimeout", defaultValue = "" + RendererSettings.DEFAULT_TIMEOUT_SECONDS)
    private int rendererTimeout;

    /**
     * The most renderer JVMs a large site is split across (one per 400 pages). Default: the machine's cores but one. Site
     * and aggregate; like the other renderer settings, the first module's value holds for the build.
     */
    @Parameter(property = "aims.rendererJvms")
    private Integer rendererJvms;

    protected final RecordValidation validation;
    /** The build's scans of class output, shared by its goals and modules. */
    private final ScanCache scans;

    protected AbstractAimsMojo(RecordValidation validation, ScanCache scans) {
        this.validation = validation;
        this.scans = scans;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping AIMS " + goal() + ": aims.skip is true");
            return;
        }
        try {
            run(BuildClock.of(today, outputTimestamp));
        } catch (InvalidRecords e) {
            e.problems().forEach(problem -> getLog().error(ValidationReport.line(problem)));
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The goal's name, for log lines. */
    protected abstract String goal();

    /**
     * The goal's step at the build's dates. Services signal invalid records with {@link InvalidRecords}, faults of
     * configuration with {@link IllegalArgumentException} and of reading or writing with {@link IOException}, each
     * with the message the user sees.
     */
    protected abstract void run(BuildClock clock)
            throws MojoExecutionException, MojoFailureException, InvalidRecords, IOException;

    /**
     * This module as a workspace: its record folders, its resolved dependencies, its POM and its build output, and
     * the organisation's records when aims.organisation names them.
     */
    protected final Workspace moduleWorkspace() throws MojoExecutionException, IOException {
        return withOrganisation(Workspace.module(baseDirectory.toPath(), sourceDirectories(),
                ModuleDependencies.resolved(project)).withCode(ModuleCode.of(project)));
    }

    /** The organisation release aims.organisation resolved to, or null without one (or before resolution). */
    protected final String organisationRelease() {
        return organisationBundle == null ? null : organisationBundle.coordinates();
    }

    /** A workspace with the organisation's records of aims.organisation joined, read-only; unchanged without it. */
    protected final Workspace withOrganisation(Workspace module) throws MojoExecutionException, IOException {
        if (organisation == null || organisation.isBlank()) {
            return module;
        }
        if (organisationBundle == null) {
            organisationBundle = OrganisationBundle.resolve(organisation, repositorySystem, session, project);
            getLog().info("AIMS: checked against the organisation's records "
                    + io.github.aimsplugin.schema.LogText.escape(organisationBundle.coordinates())
                    + " (" + OrganisationBundle.PROPERTY + ")");
        }
        return organisationBundle.join(module);
    }

    /** The configured record folders as written (relative to a module, or absolute). */
    protected final List<Path> sourceDirectories() {
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            return List.of(Path.of("src", "main", "aims"));
        }
        return sourceDirectories.stream().map(File::toPath).toList();
    }

    /** The check's configuration over a workspace; a bad setting is a {@link MojoExecutionException}. */
    protected final CheckRequest checkRequest(Workspace workspace, BuildClock clock) throws MojoExecutionException {
        try {
            return new CheckRequest(workspace, clock.today(), limits(),
                    RuleConfiguration.levels(RuleLevel.entries(rules), BuiltInRules.all()),
                    RuleConfiguration.settings(minJustificationWords, auditIntervalMonths, reviewIntervalMonths,
                            builtInAiSdks, additionalAiSdks, movingModels, additionalMovingModels,
                            notMovingModels).withBuild(TestsSkipped.by(project, session),
                                    TestsSkipped.buildStarted(session))
                            .withMetricsRequired(RuleConfiguration.requireMetrics(requireMetrics)),
                    gitHistory);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected final YamlLimits limits() throws MojoExecutionException {
        if (maxFileBytes < 1) {
            throw new MojoExecutionException("aims.maxFileBytes must be a positive number of bytes, not " + maxFileBytes);
        }
        YamlLimits defaults = YamlLimits.defaults();
        return new YamlLimits(maxFileBytes, defaults.maxDepth(), defaults.maxDocumentsPerFile());
    }

    protected final ComplianceCheck complianceCheck() {
        return new ComplianceCheck(validation, BuiltInRules.all(), getLog()::info, getLog()::warn, scans)
                .withRecordCache(buildDirectory());
    }

    /** The site over the build's renderer, whose settings the first module decides (a later one is told so). */
    protected final SiteService siteService(BuildRenderer buildRenderer) throws MojoExecutionException {
        RendererSettings settings = SiteParameters.renderer(renderer, rendererMaxHeap, rendererTimeout, rendererJvms,
                session, getClass().getClassLoader());
        buildRenderer.configure(SiteParameters.buildId(session), projectName(), settings, getLog()::info)
                .ifPresent(getLog()::warn);
        return new SiteService(complianceCheck(), new ReleaseService(validation), getLog()::info, getLog()::warn,
                buildRenderer);
    }

    /** A site over a workspace, as aims:site and aims:aggregate configure it. */
    protected final SiteService.Request siteRequest(CheckRequest check, BuildClock clock) throws MojoExecutionException {
        Path templates = SiteParameters.templates(templateDirectory);
        List<Exports.Format> exports = SiteParameters.exports(siteExports);
        Path site = outputPath(siteDirectory, "aims.siteDirectory", true);
        Path previous = diffAgainst == null ? null : paths().readableInProject(diffAgainst.toPath(), "aims.diffAgainst");
        return new SiteService.Request(check, site, templates, pdf, exports, previous,
                diffAgainst == null ? null : diffAgainst.getName(), pluginVersion(), goal(), exportIdentity(clock));
    }

    /** The project, version and build time that exports and the site carry. */
    protected final Exports.Identity exportIdentity(BuildClock clock) {
        return new Exports.Identity(projectName(), project == null ? null : project.getVersion(),
                clock.timestamp(getLog()::warn));
    }

    /** groupId:artifactId, or the directory's name without a project. */
    protected final String projectName() {
        return project == null ? baseDirectory.getName() : project.getGroupId() + ":" + project.getArtifactId();
    }

    /**
     * A configured output folder or file, checked on its real destination: inside the build directory, or — when
     * {@code buildOnly} is false and the user set it — inside the project, which the log then says.
     */
    protected final Path outputPath(File configured, String property, boolean buildOnly) {
        OutputPaths.Checked checked = paths().check(configured.toPath(), property, buildOnly);
        checked.note().ifPresent(getLog()::warn);
        return checked.path();
    }

    /** Where the plugin may write and read configured files: the project and its build directory. */
    protected final OutputPaths paths() {
        return new OutputPaths(baseDirectory.toPath(), buildDirectory());
    }

    /** The module's build directory (target/), where goals keep what the next build reuses. */
    protected final Path buildDirectory() {
        return (buildDirectory != null ? buildDirectory : new File(baseDirectory, "target")).toPath();
    }

    /** A file's path relative to the module, as the log shows it. */
    protected final String shown(File file) {
        return Workspace.module(baseDirectory.toPath(), sourceDirectories(), List.of()).shown(file.toPath());
    }

    protected final String pluginVersion() {
        return pluginVersion == null ? "unknown" : pluginVersion;
    }

    protected final MavenProject project() {
        return project;
    }

    protected final MavenSession session() {
        return session;
    }

    protected final File baseDirectory() {
        return baseDirectory;
    }
}
