package io.github.aimsplugin.check.report;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.code.CodeScan;
import java.io.IOException;
import java.nio.file.Path;

/** The three reports of a check, written together: JSON (read back by the Maven report), SARIF and JUnit XML. */
public final class CheckReports {

    public static final String JSON_FILE = "aims-check.json";

    private CheckReports() {}

    public static void write(Path directory, CheckResult result, Baseline.Comparison comparison, String version)
            throws IOException {
        write(directory, result, comparison, version, CodeScan.notRequested());
    }

    /** The reports, the JSON one with every AI use site and model name the code scan found (the site groups them). */
    public static void write(Path directory, CheckResult result, Baseline.Comparison comparison, String version,
            CodeScan scan) throws IOException {
        try {
            JsonReport.write(directory.resolve(JSON_FILE), result, comparison, version, scan);
            SarifReport.write(directory.resolve("aims-check.sarif"), result, comparison, version);
            JunitReport.write(directory.resolve("TEST-aims-check.xml"), result, comparison);
        } catch (IOException e) {
            throw new IOException("cannot write the check reports to " + directory + ": " + e.getMessage(), e);
        }
    }
}
