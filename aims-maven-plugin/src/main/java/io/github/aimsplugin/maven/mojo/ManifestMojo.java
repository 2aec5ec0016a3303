package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.release.ModelBundle;
import io.github.aimsplugin.release.ReleaseManifest;
import io.github.aimsplugin.trail.GitProvenance;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
public class ManifestMojo extends AbstractCheckMojo {

    public static final String CLASSIFIER = "aims";
    public static final String BUNDLE_TYPE = "bundle.json";
    public static final String MANIFEST_TYPE = "manifest.json";

    /** Where the manifest and the bundle are written. */
    @Parameter(property = "aims.manifestDirectory", defaultValue = "${project.build.directory}/aims")
    private File manifestDirectory;

    /** Do not attach the manifest and bundle to the project (they are still written). */
    @Parameter(property = "aims.skipAttach", defaultValue = "false")
    private boolean skipAttach;

    /** Output folders whose files are hashed into the manifest when they exist. */
    @Parameter(property = "aims.siteDirectory", defaultValue = "${project.build.directory}/aims-site")
    private File siteDirectory;

    @Parameter(property = "aims.checkReportDirectory", defaultValue = "${project.build.directory}/aims/check")
    private File checkReportDirectory;



    private final MavenProjectHelper projectHelper;

    @Inject
    public ManifestMojo(RecordValidation validation, MavenProjectHelper projectHelper) {
        super(validation);
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goal() {
        return "manifest";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        CheckResult check = runCheck();
        Path base = baseDirectory().toPath().toAbsolutePath().normalize();
        Path directory = outputPath(manifestDirectory, "aims.manifestDirectory", false);
        String project = project() == null ? base.getFileName().toString()
                : project().getGroupId() + ":" + project().getArtifactId();
        String version = project() == null ? "unknown" : project().getVersion();
        try {
            Files.createDirectories(directory);
            Path bundle = directory.resolve("aims-bundle.json");
            Files.write(bundle, ModelBundle.write(lastValidation().model(), project, version));
            // Everything the plugin wrote beside the manifest (bundle, check reports, exports, diffs), then the site.
            Map<String, Path> outputs = new TreeMap<>(ReleaseManifest.filesUnder(base, directory));
            outputs.keySet().removeIf(path -> path.endsWith("/aims-manifest.json"));
            outputs.putAll(ReleaseManifest.filesUnder(base, checkReportDirectory.toPath().toAbsolutePath()));
            outputs.putAll(ReleaseManifest.filesUnder(base, siteDirectory.toPath().toAbsolutePath()));
            outputs.keySet().removeIf(path -> path.endsWith(".aims-site-fingerprint"));
            ReleaseManifest.Identity identity = new ReleaseManifest.Identity(project, version,
                    pluginVersion(), GitProvenance.commit(baseDirectory()),
                    GitProvenance.dirty(baseDirectory()), buildDate());
            Path manifest = directory.resolve("aims-manifest.json");
            Files.write(manifest, ReleaseManifest.write(identity, base, lastValidation().model(), check, outputs));
            getLog().info("AIMS manifest: " + lastValidation().model().records().size() + " records, "
                    + outputs.size() + " outputs hashed: " + manifest);
            if (skipAttach || project() == null) {
                getLog().info("AIMS manifest and bundle not attached (aims.skipAttach)");
            } else {
                projectHelper.attachArtifact(project(), MANIFEST_TYPE, CLASSIFIER, manifest.toFile());
                projectHelper.attachArtifact(project(), BUNDLE_TYPE, CLASSIFIER, bundle.toFile());
                getLog().info("AIMS manifest and bundle attached with classifier '" + CLASSIFIER + "' (types "
                        + MANIFEST_TYPE + ", " + BUNDLE_TYPE + ")");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the AIMS manifest in " + directory + ": " + e.getMessage(), e);
        }
    }

    private String buildDate() throws MojoExecutionException {
        if (outputTimestamp() == null || outputTimestamp().isBlank() || outputTimestamp().startsWith("$")) {
            return today().toString();
        }
        return outputTimestamp();
    }
}
