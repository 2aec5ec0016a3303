package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.release.BundleDiff;
import io.github.aimsplugin.release.ModelBundle;
import io.github.aimsplugin.trail.GitHeadStamp;
import io.github.aimsplugin.trail.GitProvenance;
import io.github.aimsplugin.site.InputFingerprint;
import io.github.aimsplugin.site.SharedAsciidoctor;
import io.github.aimsplugin.site.SiteGenerator;
import io.github.aimsplugin.site.SiteInput;
import io.github.aimsplugin.site.SiteStamp;
import io.github.aimsplugin.site.SiteWriter;
import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.RecordHistory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the AIMS compliance site: AsciiDoc sources under {@code adoc/} and the HTML rendered from them, with the
 * check results shown on the dashboard. Bound to {@code verify}, after aims:check; skipped when nothing it is made
 * of has changed since the last build.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class SiteMojo extends AbstractCheckMojo {

    /** Enough for years of an AIMS's commits; beyond it the trail says that it is truncated. */
    private static final int MAX_HISTORY_COMMITS = 20_000;

    /** Where the site is written; it must lie inside the build directory, as the plugin empties it. */
    @Parameter(property = "aims.siteDirectory", defaultValue = "${project.build.directory}/aims-site")
    private File siteDirectory;

    /** A folder of templates that replace the built-in ones of the same name (see the README). */
    @Parameter(property = "aims.templateDirectory")
    private File templateDirectory;

    /**
     * Also render the PDF audit pack ({@code aims-audit-pack.pdf}) from the same AsciiDoc. Off by default: it adds
     * asciidoctor-pdf's start-up and rendering to every build, and auditors need it per release, not per commit.
     */
    @Parameter(property = "aims.pdf", defaultValue = "false")
    private boolean pdf;

    /** A previous release's aims-bundle.json: the Changes page lists what changed since (see aims:diff). */
    @Parameter(property = "aims.diffAgainst")
    private File diffAgainst;

    /**
     * Machine-readable exports also written into the site ({@code exports/}) and linked from its index, as aims:export
     * writes them: comma-separated {@code oscal}, {@code cyclonedx}. None by default.
     */
    @Parameter(property = "aims.siteExports")
    private String siteExports;

    /** Fail the build when the check finds errors; by default the site only shows them. */
    @Parameter(property = "aims.siteFailOnViolation", defaultValue = "false")
    private boolean siteFailOnViolation;

    /** Whether this build renders the site (and so needs Asciidoctor). */
    private boolean rendering;

    /** Every record's history, when the check already read it. */
    private AuditTrail history;



    @Inject
    public SiteMojo(RecordValidation validation) {
        super(validation);
    }

    @Override
    protected String goal() {
        return "site";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path site = checkedSiteDirectory();
        Path templates = templateDirectory == null ? null : templateDirectory.toPath().toAbsolutePath().normalize();
        if (templates != null && !templateDirectory.isDirectory()) {
            throw new MojoExecutionException("aims.templateDirectory " + templateDirectory + " is not a directory");
        }
        java.util.Set<Exports.Format> exports = exportFormats();
        long checking = System.nanoTime();
        String head = GitHeadStamp.of(recordsBase())
                .orElseGet(() -> GitProvenance.commit(recordsBase().toFile()));
        InputFingerprint inputs = fingerprint(templates, head);
        List<String> lastEvidence = SiteStamp.read(site).map(SiteStamp::evidence).orElse(List.of());
        if (SiteGenerator.upToDate(site, withEvidence(inputs, lastEvidence))) {
            String upToDate = "AIMS site is up to date (inputs unchanged, checked in " + millis(checking) + " ms): "
                    + shown(site.resolve("index.html"));
            if (checksEveryBuild()) {
                // The check's verdict must not be skipped with the rendering: a failing build stays failing.
                CheckResult check = runCheck();
                reportCheck(check);
                getLog().info(upToDate);
                failIfRequired(check);
            } else {
                getLog().info(upToDate);
            }
            return;
        }
        String commit = GitProvenance.commit(recordsBase().toFile());
        rendering = true;
        long start = System.nanoTime();
        CheckResult check = runCheck();
        ValidationResult validated = lastValidation();
        getLog().info("AIMS site: records validated and checked in " + millis(start) + " ms ("
                + check.errors() + " errors, " + check.warnings() + " warnings)");
        reportCheck(check);
        long historyStart = System.nanoTime();
        AuditTrail trail = !gitHistory() ? AuditTrail.unavailable("history not read (aims.gitHistory is false)")
                : history != null ? history : allHistory(validated);
        getLog().info("AIMS site: history of the records " + (history != null
                ? "read from git with the check (shared with review-fresh) ("
                : "read from git in " + millis(historyStart) + " ms (")
                + trail.changes().size() + " changes; " + trail.status() + ")");
        SiteInput input = new SiteInput(validated.model(), check, Catalogs.builtIn(), recordsBase(),
                today(), commit, pluginVersion(), siteDate(), trail,
                changes(validated), List.copyOf(exports));
        try {
            List<String> evidence = SiteStamp.evidenceOf(recordsBase(), validated.model());
            SiteStamp stamp = new SiteStamp(withEvidence(inputs, evidence), evidence);
            SiteGenerator.Outcome outcome = new SiteGenerator().generate(input, site, templates, stamp, pdf);
            getLog().info("AIMS site: " + outcome.pages() + " AsciiDoc pages written in " + outcome.writeMillis()
                    + " ms to " + shown(site.resolve("adoc")));
            if (outcome.bootMillis() > 0) {
                getLog().info("AIMS site: Asciidoctor started in " + outcome.bootMillis()
                        + " ms in the background, " + outcome.waitedForBootMillis()
                        + " ms waited for (once per build; boots in this JVM: " + SharedAsciidoctor.boots() + ")");
            }
            outcome.messages().forEach(message -> getLog().warn("AIMS site: Asciidoctor " + message));
            getLog().info("AIMS site: " + outcome.pages() + " pages converted to HTML in " + outcome.convertMillis()
                    + " ms: " + shown(site.resolve("index.html")));
            if (!exports.isEmpty()) {
                Exports.write(validated.model(), Catalogs.builtIn(), exportIdentity(), site.resolve("exports"), exports)
                        .forEach(written -> getLog().info("AIMS site: " + written.format().title() + " written to "
                                + shown(written.file())));
            }
            if (pdf) {
                getLog().info("AIMS site: PDF audit pack rendered in " + outcome.pdfMillis() + " ms: "
                        + shown(site.resolve("aims-audit-pack.pdf")));
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("cannot build the AIMS site in " + site + ": " + e.getMessage(), e);
        }
        if (check.rules().stream().allMatch(rule -> rule.level() == Level.OFF)) {
            getLog().warn("AIMS site: every rule is turned off; the dashboard shows no check results");
        }
        failIfRequired(check);
    }

    /**
     * Starts JRuby (seconds) on its own thread while the rules run and the pages are written. Not earlier: a build
     * that fails on invalid records must not end while JRuby is still loading classes from the plugin's realm.
     */
    @Override
    protected void readyForRules() {
        if (rendering) {
            SharedAsciidoctor.startBooting();
            if (pdf) {
                SharedAsciidoctor.preparePdf();
            }
        }
    }

    /** Reads the history of every record once; review-fresh takes the AI systems' part of it. */
    @Override
    protected AuditTrail systemHistory(ValidationResult validated, List<RecordHistory.Tracked> systems) {
        history = allHistory(validated);
        return history;
    }

    private AuditTrail allHistory(ValidationResult validated) {
        return new RecordHistory(maxFileBytes(), MAX_HISTORY_COMMITS).read(recordsBase(),
                RecordHistory.Tracked.of(validated.model().records()));
    }

    /** Whether the check runs even when the site is up to date (an aggregate is the build's check). */
    protected boolean checksEveryBuild() {
        return false;
    }

    /** What else is done with the check result before the site is rendered; the site only shows it. */
    protected void reportCheck(CheckResult check) throws MojoExecutionException {
        // the dashboard shows the result
    }

    /** Fails the build after the site is written, when configured to. */
    protected void failIfRequired(CheckResult check) throws MojoFailureException {
        if (siteFailOnViolation && check.errors() > 0) {
            throw new MojoFailureException("AIMS site built, but the check found " + check.errors()
                    + " errors (aims.siteFailOnViolation is true)");
        }
    }

    /** Adds the record files to the site's fingerprint: this module's. */
    protected void fingerprintRecords(InputFingerprint fingerprint) throws IOException, MojoExecutionException {
        fingerprint.records(recordsBase(), sourceDirectories().stream().map(File::toPath).toList());
    }

    private java.util.Set<Exports.Format> exportFormats() throws MojoExecutionException {
        if (siteExports == null || siteExports.isBlank()) {
            return java.util.Set.of();
        }
        try {
            return Exports.parse(siteExports);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("aims.siteExports: " + e.getMessage(), e);
        }
    }

    private Exports.Identity exportIdentity() throws MojoExecutionException {
        return new Exports.Identity(project() == null ? baseDirectory().getName()
                : project().getGroupId() + ":" + project().getArtifactId(),
                project() == null ? null : project().getVersion(), buildTimestamp());
    }

    private SiteInput.ReleaseChanges changes(ValidationResult validated)
            throws MojoExecutionException, MojoFailureException {
        if (diffAgainst == null) {
            return null;
        }
        Path previous = insideProject(diffAgainst, "aims.diffAgainst");
        try {
            return new SiteInput.ReleaseChanges(diffAgainst.getName(), BundleDiff.between(
                    releasedBundle(previous, diffAgainst.getName()), ModelBundle.entries(validated.model())));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot compare with aims.diffAgainst: " + e.getMessage(), e);
        }
    }

    private Path checkedSiteDirectory() throws MojoExecutionException {
        return outputPath(siteDirectory, "aims.siteDirectory", true);
    }

    /** The fingerprint of the inputs completed with the evidence files a list names. */
    private String withEvidence(InputFingerprint inputs, List<String> evidence) throws MojoExecutionException {
        try {
            return inputs.copy().evidence(recordsBase(), evidence).hex();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the evidence files of the AIMS site: " + e.getMessage(), e);
        }
    }

    private InputFingerprint fingerprint(Path templates, String gitHead) throws MojoExecutionException {
        try {
            Path base = baseDirectory().toPath().toAbsolutePath().normalize();
            Path shownFrom = recordsBase();
            InputFingerprint fingerprint = new InputFingerprint()
                    .text("plugin", String.valueOf(pluginVersion()))
                    .codeOf(SiteMojo.class)
                    .codeOf(io.github.aimsplugin.schema.AimsValidator.class);
            for (String resource : SiteWriter.builtInResources()) {
                fingerprint.resource(resource);
            }
            fingerprint
                    .text("today", today().toString())
                    .text("git", gitHead)
                    .text("configuration", configurationSummary() + ";pdf=" + pdf + ";goal=" + goal()
                            + ";exports=" + siteExports);
            fingerprintRecords(fingerprint);
            // The dashboard shows third-party-declared's findings, which depend on the resolved dependencies.
            fingerprint.text("dependencies", String.join("\n", checkedDependencies().stream()
                    .map(io.github.aimsplugin.check.DependencyPath::render).toList()));
            return fingerprint
                    .directory(shownFrom, templates)
                    .file(shownFrom, base.resolve("pom.xml"))
                    .text("diffAgainst", String.valueOf(diffAgainst))
                    .file(shownFrom, diffAgainst == null ? base.resolve("pom.xml") : insideProject(diffAgainst, "aims.diffAgainst"));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("cannot read the inputs of the AIMS site: " + e.getMessage(), e);
        }
    }

    private String siteDate() throws MojoExecutionException {
        return buildTimestamp().substring(0, 10);
    }

    private String shown(Path path) {
        Path base = recordsBase();
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
