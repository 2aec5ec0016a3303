package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.validation.RecordValidation;
import io.github.aimsplugin.validation.ValidationReport;
import java.io.IOException;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the module's AIMS records against their JSON Schemas and the semantic checks (ids, references,
 * Annex A and Annex C ids, evidence files, dates, risk criteria). Logs every problem as
 * {@code file:line:column: [Kind id] message (rule)}, then fails the build with a one-line summary.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractAimsMojo {

    @Inject
    public ValidateMojo(RecordValidation validation, ScanCache scans) {
        super(validation, scans);
    }

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, InvalidRecords, IOException {
        Workspace workspace = moduleWorkspace();
        ValidationResult result = complianceCheck().valid(workspace, clock.today(), limits(), "");
        if (result.files() == 0) {
            String folders = workspace.sourceDirectories().stream().map(workspace::shown)
                    .map(shown -> shown.isEmpty() ? "." : shown).collect(Collectors.joining(", "));
            getLog().info("No AIMS records found in " + folders + "; nothing to validate");
            return;
        }
        if (result.model().defaultCriteria() && !result.model().loaded(RecordKinds.RISK).isEmpty()) {
            getLog().info("No RiskCriteria record: risks are rated on the built-in 5x5 criteria");
        }
        getLog().info("AIMS records valid: " + ValidationReport.summary(result));
    }
}
