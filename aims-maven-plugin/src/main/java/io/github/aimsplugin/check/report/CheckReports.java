package io.github.aimsplugin.check.report;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.code.CodeScan;
import java.io.IOException;
import java.nio.file.Path;

/** The three reports of a check, written together: JSON (read back by the Maven report), SARIF and JUnit XML. */
public final class CheckReports {

    public static final String JSON_FILE = "aims-check.json";

    /** The files a check writes, by name. */
    public static final java.util.List<String> FILES = java.util.List.of(JSON_FILE, "aims-check.sarif",
            "TEST-aims-check.xml");

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
            SarifReport.write(directory.resolve(FILES.get(1)), result, comparison, version);
            JunitReport.write(directory.resolve(FILES.get(2)), result, comparison);
        } catch (IOException e) {
            throw new IOException("cannot write the check reports to " + directory + ": " + e.getMessage(), e);
        }
    }
}
