package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.maven.validation.ValidationReport;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationResult;
import java.io.File;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    public ValidateMojo(RecordValidation validation) {
        super(validation);
    }

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ValidationResult result = validateRecords();
        if (!result.isValid()) {
            for (Problem problem : result.problems()) {
                getLog().error(ValidationReport.line(problem));
            }
            throw new MojoFailureException(ValidationReport.failure(result));
        }
        if (result.files() == 0) {
            getLog().info("No AIMS records found in " + shown(sourceDirectoriesText()) + "; nothing to validate");
            return;
        }
        if (result.model().defaultCriteria() && !result.model().loaded(
                io.github.aimsplugin.schema.kind.RecordKinds.RISK).isEmpty()) {
            getLog().info("No RiskCriteria record: risks are rated on the built-in 5x5 criteria");
        }
        getLog().info("AIMS records valid: " + ValidationReport.summary(result));
    }

    private String sourceDirectoriesText() {
        return sourceDirectories().stream()
                .map(dir -> baseDirectory().toPath().toAbsolutePath().normalize()
                        .relativize(dir.toPath().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/'))
                .collect(Collectors.joining(", "));
    }

    private static String shown(String text) {
        return text.isEmpty() ? "." : text;
    }
}
