package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.check.report.JsonReport;
import io.github.aimsplugin.check.report.JunitReport;
import io.github.aimsplugin.check.report.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** How aims:check and aims:aggregate show a check: one log line per violation, and the JSON, SARIF and JUnit reports. */
final class CheckOutput {

    private CheckOutput() {}

    static void log(Log log, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.level() == Level.ERROR) {
                log.error(violation.format());
            } else {
                log.warn(violation.format());
            }
        }
    }

    static void writeReports(Path directory, CheckResult result, Baseline.Comparison comparison, String version)
            throws MojoExecutionException {
        try {
            JsonReport.write(directory.resolve("aims-check.json"), result, comparison, version);
            SarifReport.write(directory.resolve("aims-check.sarif"), result, comparison, version);
            JunitReport.write(directory.resolve("TEST-aims-check.xml"), result, comparison);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the check reports to " + directory + ": "
                    + e.getMessage(), e);
        }
    }
}
