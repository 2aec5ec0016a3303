package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.ComplianceCheck;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.release.ReleaseManifest;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.trail.GitProvenance;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes {@code aims-bundle.json} (the whole validated model) and {@code aims-manifest.json} (inputs and outputs with
 * their SHA-256, git commit and dirty flag, check results) and attaches both with classifier {@code aims}, so that
 * every installed or deployed release carries its compliance state. Bound to {@code verify}: declared after
 * aims:check and aims:site, it hashes their reports and pages too. It records violations; it does not fail on them.
 */
@Mojo(name = "manifest", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class ManifestMojo extends AbstractAimsMojo {

    /** Where the manifest and the bundle are written. */
    @Parameter(property = "aims.manifestDirectory", defaultValue = "${project.build.directory}/aims")
    private File manifestDirectory;

    /** Do not attach the manifest and bundle to the project (they are still written). */
    @Parameter(property = "aims.skipAttach", defaultValue = "false")
    private boolean skipAttach;

    private final MavenProjectHelper projectHelper;

    @Inject
    public ManifestMojo(RecordValidation validation, ScanCache scans, MavenProjectHelper projectHelper) {
        super(validation, scans);
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goal() {
        return "manifest";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        ComplianceCheck.Outcome check = complianceCheck().run(checkRequest(moduleWorkspace(), clock));
        Path base = baseDirectory().toPath().toAbsolutePath().normalize();
        Path directory = outputPath(manifestDirectory, "aims.manifestDirectory", false);
        ReleaseManifest.Identity identity = new ReleaseManifest.Identity(projectName(),
                project() == null ? "unknown" : project().getVersion(), pluginVersion(),
                GitProvenance.commit(baseDirectory()), GitProvenance.dirty(baseDirectory()), clock.manifestDate());
        ReleaseService.Written written;
        try {
            written = new ReleaseService(validation).write(identity, base, check.validated().model(), check.result(),
                    new ReleaseService.Outputs(directory, reportDirectory.toPath(), siteDirectory.toPath()),
                    check.code());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the AIMS manifest in " + directory + ": " + e.getMessage(), e);
        }
        long organisations = check.validated().model().records().stream()
                .filter(record -> record.origin().organisation()).count();
        getLog().info("AIMS manifest: " + (check.validated().model().records().size() - organisations) + " records"
                + (organisationRelease() == null ? "" : " of this module (and " + organisations
                        + " of the organisation's " + LogText.escape(organisationRelease()) + ", checked against,"
                        + " not bundled)") + ", " + written.outputs() + " outputs hashed: " + written.manifest());
        if (skipAttach || project() == null) {
            getLog().info("AIMS manifest and bundle not attached (aims.skipAttach)");
            return;
        }
        projectHelper.attachArtifact(project(), ReleaseService.MANIFEST_TYPE, ReleaseService.CLASSIFIER,
                written.manifest().toFile());
        projectHelper.attachArtifact(project(), ReleaseService.BUNDLE_TYPE, ReleaseService.CLASSIFIER,
                written.bundle().toFile());
        getLog().info("AIMS manifest and bundle attached with classifier '" + ReleaseService.CLASSIFIER + "' (types "
                + ReleaseService.MANIFEST_TYPE + ", " + ReleaseService.BUNDLE_TYPE + ")");
    }
}
