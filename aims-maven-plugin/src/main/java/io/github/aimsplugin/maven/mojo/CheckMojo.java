package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.report.CheckReports;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
        io.github.aimsplugin.check.ComplianceCheck.Outcome outcome = complianceCheck().run(checkRequest(
                moduleWorkspace(), clock));
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
        CheckReports.write(outputPath(reportDirectory, "aims.checkReportDirectory", false), result, comparison,
                pluginVersion(), outcome.code().scan());
        long errors = comparison.fresh().stream().filter(v -> v.level() == Level.ERROR).count();
        long warnings = comparison.fresh().stream().filter(v -> v.level() == Level.WARNING).count();
        String counts = CheckOutput.counts(errors, warnings) + " (details: " + shown(reportDirectory) + "/)";
        boolean failing = errors > 0 || (threshold == Level.WARNING && warnings > 0);
        if (failing && failOnViolation) {
            throw new MojoFailureException("AIMS check failed: " + counts);
        }
        getLog().info((failing ? "AIMS check found " : "AIMS check passed: ") + counts + ", "
                + result.rules().stream().filter(r -> r.level() != Level.OFF).count() + " rules");
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
