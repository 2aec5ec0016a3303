package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes today's check violations to the baseline file ({@code aims.baseline}), to be committed: aims:check then
 * fails only on new violations. Run it once when adopting the plugin in an existing build, and again as violations
 * are fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BaselineMojo extends AbstractAimsMojo {

    @Inject
    public BaselineMojo(RecordValidation validation, ScanCache scans) {
        super(validation, scans);
    }

    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        Baseline written = Baseline.of(complianceCheck().run(checkRequest(moduleWorkspace(), clock)).result()
                .violations());
        Path file = paths().checkInProject(baseline.toPath(), "aims.baseline");
        try {
            written.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + written.size() + " known violation(s) to " + baseline
                + "; commit it, and aims:check will fail only on new ones");
    }
}
