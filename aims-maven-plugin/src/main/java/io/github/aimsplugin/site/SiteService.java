package io.github.aimsplugin.site;

import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.check.ComplianceCheck;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.site.render.BuildRenderer;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.GitHeadStamp;
import io.github.aimsplugin.trail.GitProvenance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * What aims:site and aims:aggregate compute, without Maven, in three steps the goal calls in order: {@link #plan}
 * (the inputs' fingerprint and whether the site there was built from them), {@link #check} (validation, then
 * Asciidoctor starts booting, then the history and the rules) and {@link #render} (pages, HTML, exports, PDF). Each
 * step returns a value that the next takes; progress goes to the log as lines.
 */
public final class SiteService {

    /**
     * A site to build.
     *
     * @param check what the check works on and how it is configured
     * @param siteDirectory the site's folder, which is emptied
     * @param templates a folder of templates replacing built-in ones, or null
     * @param pdf whether the PDF audit pack is rendered
     * @param exports the exports written into the site
     * @param previous a checked previous release's bundle for the Changes page, or null
     * @param previousLabel how that bundle is named on the page
     * @param pluginVersion this plugin's version
     * @param goal the goal's name (a site and an aggregate of the same records differ)
     * @param identity the project, version and build time shown and exported
     * @param releases the bundles of previous releases by version, oldest first, for the metric trends
     */
    public record Request(CheckRequest check, Path siteDirectory, Path templates, boolean pdf,
            List<Exports.Format> exports, Path previous, String previousLabel, String pluginVersion, String goal,
            Exports.Identity identity, java.util.Map<String, Path> releases) {

        public Request {
            exports = List.copyOf(exports);
            releases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(releases));
        }

        public Request(CheckRequest check, Path siteDirectory, Path templates, boolean pdf,
                List<Exports.Format> exports, Path previous, String previousLabel, String pluginVersion, String goal,
                Exports.Identity identity) {
            this(check, siteDirectory, templates, pdf, exports, previous, previousLabel, pluginVersion, goal, identity,
                    java.util.Map.of());
        }

        /** This request with the bundles of previous releases whose measurements the trends show. */
        public Request withReleases(java.util.Map<String, Path> bundles) {
            return new Request(check, siteDirectory, templates, pdf, exports, previous, previousLabel, pluginVersion,
                    goal, identity, bundles);
        }
    }

    /** The fingerprint of the inputs, and whether the site is up to date (with the log line that says so). */
    public record Plan(Request request, InputFingerprint inputs, boolean upToDate, String upToDateLine) {}

    /** Valid records checked, with the history and the commit the pages show. */
    public record Checked(Plan plan, ValidationResult validated, CheckResult result, AuditTrail trail, String commit,
            CodeEvidence code) {}

    private final ComplianceCheck check;
    private final ReleaseService release;
    private final Consumer<String> info;
    private final Consumer<String> warn;
    private final BuildRenderer renderer;

    /** @param renderer the build's renderer, shared by its modules */
    public SiteService(ComplianceCheck check, ReleaseService release, Consumer<String> info, Consumer<String> warn,
            BuildRenderer renderer) {
        this.check = check;
        this.release = release;
        this.info = info;
        this.warn = warn;
        this.renderer = renderer;
    }

    /** Hashes the inputs without parsing anything, with the evidence files the last build's records named. */
    public Plan plan(Request request) throws IOException {
        long started = System.nanoTime();
        Workspace workspace = request.check().workspace();
        String head = GitHeadStamp.of(workspace.base())
                .orElseGet(() -> GitProvenance.commit(workspace.base().toFile()));
        InputFingerprint inputs;
        try {
            inputs = SiteInputs.fingerprint(request, head);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot read the inputs of the AIMS site: " + e.getMessage(), e);
        }
        List<String> lastEvidence = SiteStamp.read(request.siteDirectory()).map(SiteStamp::evidence).orElse(List.of());
        boolean upToDate = SiteGenerator.upToDate(request.siteDirectory(), withEvidence(workspace, inputs, lastEvidence));
        return new Plan(request, inputs, upToDate, "AIMS site is up to date (inputs unchanged, checked in "
                + millis(started) + " ms): " + workspace.shown(request.siteDirectory().resolve("index.html")));
    }

    /**
     * Validates (invalid records stop the build here), then starts JRuby on its own thread while the history is read,
     * the rules run and the pages are written. A renderer JVM starts before the validation; JRuby in this JVM not
     * earlier: a build that fails on invalid records must not end while JRuby is still loading classes from the
     * plugin's realm.
     */
    public Checked check(Plan plan) throws InvalidRecords, IOException {
        Request request = plan.request();
        Path base = request.check().workspace().base();
        renderer.startIfForked(); // boots while the records are validated
        String commit = GitProvenance.commit(base.toFile());
        long start = System.nanoTime();
        ValidationResult validated = check.validate(request.check());
        // About one page per record: a large site rendered in full starts its renderer JVMs now, so that they boot
        // with the first; a re-render converts only the changed pages (PageReuse), and starts more only if many are.
        boolean full = !java.nio.file.Files.isRegularFile(request.siteDirectory().resolve(PageReuse.FILE));
        renderer.start(full ? validated.model().records().size() : 0);
        if (request.pdf()) {
            renderer.preparePdf();
        }
        AuditTrail trail = request.check().gitHistory() ? check.history(request.check(), validated) : null;
        CodeEvidence code = check.code(request.check(), validated);
        CheckResult result = check.rules(request.check(), validated, trail, code);
        info.accept("AIMS site: records validated and checked in " + millis(start) + " ms (" + result.errors()
                + " errors, " + result.warnings() + " warnings)");
        if (trail == null) {
            trail = AuditTrail.unavailable("history not read (aims.gitHistory is false)");
        }
        info.accept("AIMS site: history of the records read from git with the check (shared with review-fresh) ("
                + trail.changes().size() + " changes; " + trail.status() + ")");
        return new Checked(plan, validated, result, trail, commit, code);
    }

    /** Writes the pages and renders them, then the exports and the PDF; the stamp goes last. */
    public void render(Checked checked) throws InvalidRecords, IOException {
        Request request = checked.plan().request();
        Workspace workspace = request.check().workspace();
        Path site = request.siteDirectory();
        SiteInput input = new SiteInput(checked.validated().model(), checked.result(), Catalogs.builtIn(),
                workspace.base(), request.check().today(), checked.commit(), request.pluginVersion(),
                request.identity().lastModified().substring(0, 10), checked.trail(), changes(checked),
                request.exports(), MeasurementTrends.releases(request.releases(), warn), checked.code(),
                Portfolios.of(workspace, checked.validated().model(), request.identity(), warn));
        try {
            List<String> evidence = new java.util.ArrayList<>(SiteStamp.evidenceOf(workspace.base(),
                    checked.validated().model()));
            evidence.addAll(MeasurementTrends.sourcesOf(workspace.base(), checked.validated().model()));
            evidence.addAll(SiteStamp.governedOf(workspace.base(), checked.validated().model()));
            SiteStamp stamp = new SiteStamp(withEvidence(workspace, checked.plan().inputs(), evidence), evidence);
            SiteGenerator.Outcome outcome = new SiteGenerator(renderer).generate(input, site, request.templates(), stamp,
                    request.pdf());
            // A clean build writes every page; a re-run only those whose source changed.
            info.accept("AIMS site: " + outcome.pages() + " AsciiDoc pages " + (outcome.written() == outcome.pages()
                    ? "written" : "made, " + outcome.written() + " changed and written,") + " in "
                    + outcome.writeMillis() + " ms to " + workspace.shown(site.resolve("adoc")));
            if (outcome.bootMillis() > 0) {
                info.accept("AIMS site: Asciidoctor started in " + outcome.bootMillis() + " ms in the background, "
                        + outcome.waitedForBootMillis() + " ms waited for (once per build; boots in this JVM: "
                        + renderer.starts() + "), " + outcome.renderedWhere());
            }
            outcome.messages().forEach(message -> warn.accept("AIMS site: Asciidoctor " + LogText.escape(message)));
            if (outcome.kept() > 0) {
                info.accept("AIMS site: " + outcome.kept() + " pages kept from the last build (their inputs are"
                        + " unchanged)");
            }
            info.accept("AIMS site: " + (outcome.pages() - outcome.kept()) + " pages converted to HTML in "
                    + outcome.convertMillis() + " ms: " + workspace.shown(site.resolve("index.html")));
            if (!request.exports().isEmpty()) {
                for (Exports.Written written : Exports.write(checked.validated().model(), Catalogs.builtIn(),
                        request.identity(), site.resolve("exports"), new LinkedHashSet<>(request.exports()),
                        checked.code())) {
                    info.accept("AIMS site: " + written.format().title() + " written to "
                            + workspace.shown(written.file()));
                }
            }
            if (request.pdf()) {
                info.accept("AIMS site: PDF audit pack " + (outcome.pdfKept()
                        ? "kept from the last build (its inputs are unchanged)" : "rendered in " + outcome.pdfMillis()
                        + " ms") + ": " + workspace.shown(site.resolve("aims-audit-pack.pdf")));
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot build the AIMS site in " + site + ": " + e.getMessage(), e);
        }
        if (checked.result().rules().stream().allMatch(rule -> rule.level() == Level.OFF)) {
            warn.accept("AIMS site: every rule is turned off; the dashboard shows no check results");
        }
    }

    /** The Changes page's differences from the previous release, whose bundle is validated first. */
    private SiteInput.ReleaseChanges changes(Checked checked) throws InvalidRecords, IOException {
        Request request = checked.plan().request();
        if (request.previous() == null) {
            return null;
        }
        try {
            return new SiteInput.ReleaseChanges(request.previousLabel(), release.diff(request.previous(),
                    request.previousLabel(), checked.validated().model(), checked.code()));
        } catch (IOException e) {
            throw new IOException("cannot compare with aims.diffAgainst: " + e.getMessage(), e);
        }
    }

    /** The fingerprint of the inputs completed with the evidence files a stamp lists. */
    private static String withEvidence(Workspace workspace, InputFingerprint inputs, List<String> evidence)
            throws IOException {
        try {
            return inputs.copy().evidence(workspace.base(), evidence).hex();
        } catch (IOException e) {
            throw new IOException("cannot read the evidence files of the AIMS site: " + e.getMessage(), e);
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
