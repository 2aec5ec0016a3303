package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.cache.CheckCache;
import io.github.aimsplugin.check.cache.CheckInputs;
import io.github.aimsplugin.check.cache.Watched;
import io.github.aimsplugin.check.report.CheckReports;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.trail.GitHeadStamp;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates the records, then runs the compliance rules: missing or unjustified Statement of Applicability
 * decisions, untreated risks, missing impact assessments, stale assessments, undeclared third-party AI, and more.
 * Logs one line per violation, writes JSON, SARIF and JUnit reports, then fails the build with one summary.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends AbstractAimsMojo {

    /** The lowest level that fails the build: error or warning. */
    @Parameter(property = "aims.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Whether an unchanged module re-checks from the last check's result ({@code target/aims-cache/check.txt}): same
     * log lines, reports and outcome, without validating or running the rules. See docs/check.md.
     */
    @Parameter(property = "aims.checkCache", defaultValue = "true")
    private boolean checkCache = true;

    /** While a check runs in full, its log, which keeps the lines for the cache. */
    private volatile Log recording;

    @Inject
    public CheckMojo(RecordValidation validation, ScanCache scans) {
        super(validation, scans);
    }

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        Level threshold = failLevel();
        CheckRequest request = checkRequest(moduleWorkspace(), clock);
        CheckCache cache = new CheckCache(buildDirectory());
        String key = checkCache ? key(request) : null;
        if (key != null) {
            Optional<CheckCache.Entry> entry = cache.find(key, request.settings().buildStarted(),
                    request.settings().testsSkipped());
            if (entry.isPresent()) {
                replay(entry.get(), cache);
                return;
            }
        }
        CachingLog log = new CachingLog(super.getLog());
        recording = log;
        Checked checked;
        try {
            checked = check(request, threshold);
        } finally {
            recording = null;
        }
        if (key != null && log.replayable()) {
            store(cache, new CheckCache.Entry(key, log.lines(), reports(checked.reports()), checked.failure(),
                    List.of()), request, checked.model());
        } else if (checkCache) {
            cache.forget();
        }
        if (checked.failure() != null) {
            throw new MojoFailureException(checked.failure());
        }
    }

    /** The check in full: validation, rules, log lines and reports; the failure it ends with, if any. */
    private Checked check(CheckRequest request, Level threshold) throws MojoExecutionException, InvalidRecords,
            IOException {
        // aims.checkCache=false is a check from scratch: no record file is taken from the last build either.
        io.github.aimsplugin.check.ComplianceCheck.Outcome outcome = (checkCache ? complianceCheck()
                : complianceCheck().withRecordCache(null)).run(request);
        CheckResult result = outcome.result();
        Baseline.Comparison comparison = readBaseline().compare(result.violations());
        CheckOutput.log(getLog(), comparison.fresh());
        if (!comparison.tolerated().isEmpty()) {
            getLog().info(comparison.tolerated().size() + " known violation(s) tolerated by the baseline "
                    + shown(baseline));
        }
        for (String fixed : comparison.fixed()) {
            getLog().info("Fixed since the baseline, remove it from " + shown(baseline) + " (or rerun aims:baseline): "
                    + LogText.escape(fixed));
        }
        Path reports = outputPath(reportDirectory, "aims.checkReportDirectory", false);
        CheckReports.write(reports, result, comparison, pluginVersion(), outcome.code().scan());
        long errors = comparison.fresh().stream().filter(v -> v.level() == Level.ERROR).count();
        long warnings = comparison.fresh().stream().filter(v -> v.level() == Level.WARNING).count();
        String counts = CheckOutput.counts(errors, warnings) + " (details: " + shown(reportDirectory) + "/)";
        boolean failing = errors > 0 || (threshold == Level.WARNING && warnings > 0);
        if (failing && failOnViolation) {
            return new Checked(outcome.validated().model(), reports, "AIMS check failed: " + counts);
        }
        getLog().info((failing ? "AIMS check found " : "AIMS check passed: ") + counts + ", "
                + result.rules().stream().filter(r -> r.level() != Level.OFF).count() + " rules");
        return new Checked(outcome.validated().model(), reports, null);
    }

    /** A full check: the model it read, where its reports are, and the build failure's message (null: none). */
    private record Checked(AimsModel model, Path reports, String failure) {}

    /**
     * The key of this check's inputs, with what only this goal's output depends on; null when it cannot be told
     * cheaply (git history on, and HEAD not in a plain .git folder), and the check runs in full.
     */
    private String key(CheckRequest request) throws IOException {
        String head = request.gitHistory() ? GitHeadStamp.of(request.workspace().base()).orElse(null) : "off";
        if (head == null) {
            getLog().debug("AIMS check cache: git HEAD cannot be read without JGit here; the check runs in full");
            return null;
        }
        try {
            return CheckInputs.key(request, pluginVersion(), head, "failOn=" + failOn + ";failOnViolation="
                    + failOnViolation + ";reports=" + reportDirectory.getAbsolutePath() + ";organisation="
                    + organisationRelease(), baseline == null ? null : baseline.toPath());
        } catch (IOException | RuntimeException e) {
            // The full check reads the same files and reports what is wrong with them, where and how to fix it.
            getLog().debug("AIMS check cache: inputs not read (" + e.getMessage() + "); the check runs in full");
            return null;
        }
    }

    /** The check the entry kept, again: its lines, its report files, its failure. */
    private void replay(CheckCache.Entry entry, CheckCache cache) throws MojoFailureException, IOException {
        getLog().debug("AIMS check cache: inputs unchanged, the last check is replayed from " + cache.file());
        Path reports = paths().check(reportDirectory.toPath(), "aims.checkReportDirectory", false).path();
        Files.createDirectories(reports);
        for (Map.Entry<String, byte[]> report : entry.reports().entrySet()) {
            Files.write(reports.resolve(report.getKey()), report.getValue());
        }
        CachingLog.replay(getLog(), entry.lines());
        if (entry.failure() != null) {
            throw new MojoFailureException(entry.failure());
        }
    }

    /** Keeps the entry with the files only its records named; a file that cannot be read keeps none. */
    private void store(CheckCache cache, CheckCache.Entry entry, CheckRequest request, AimsModel model) {
        try {
            cache.store(new CheckCache.Entry(entry.key(), entry.lines(), entry.reports(), entry.failure(),
                    Watched.of(request, model)));
        } catch (IOException | RuntimeException e) {
            getLog().debug("AIMS check cache: not kept (" + e.getMessage() + ")");
            cache.forget();
        }
    }

    /** The report files as written, by name. */
    private static Map<String, byte[]> reports(Path directory) throws IOException {
        Map<String, byte[]> reports = new LinkedHashMap<>();
        for (String name : CheckReports.FILES) {
            reports.put(name, Files.readAllBytes(directory.resolve(name)));
        }
        return reports;
    }

    @Override
    public Log getLog() {
        return recording != null ? recording : super.getLog();
    }

    private Level failLevel() throws MojoExecutionException {
        String value = failOn == null ? "error" : failOn.strip().toLowerCase(Locale.ROOT);
        if (!List.of("error", "warning").contains(value)) {
            throw new MojoExecutionException("aims.failOn must be error or warning, not '" + failOn + "'");
        }
        return Level.parse(value);
    }

    private Baseline readBaseline() throws MojoExecutionException {
        if (baseline == null || !baseline.isFile()) {
            return Baseline.empty();
        }
        try {
            return Baseline.read(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the baseline " + shown(baseline) + ": " + e.getMessage(), e);
        }
    }
}
