package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.maven.validation.RecordValidation;
import java.io.File;
import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes today's check violations to the baseline file, to be committed: aims:check then fails only on new
 * violations. Run it once when adopting the plugin in an existing build, and again as violations are fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BaselineMojo extends AbstractCheckMojo {

    /** The baseline file written. */
    @Parameter(property = "aims.baseline", defaultValue = "${project.basedir}/aims-baseline.json")
    private File baseline;

    @Inject
    public BaselineMojo(RecordValidation validation) {
        super(validation);
    }

    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        CheckResult result = runCheck();
        Baseline written = Baseline.of(result.violations());
        java.nio.file.Path file = projectOutputPath(baseline, "aims.baseline");
        try {
            written.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + written.size() + " known violation(s) to " + baseline
                + "; commit it, and aims:check will fail only on new ones");
    }
}
