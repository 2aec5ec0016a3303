package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.release.BundleDiff;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Lists what changed in the AIMS since a previous release: Statement of Applicability decisions, risks (with their
 * ratings), AI systems and impact assessments added, removed or changed. Compares the records of this build with a
 * previous {@code aims-bundle.json}: a file ({@code aims.diffAgainst}) or the {@code aims} bundle of a previous version
 * of this project resolved from the Maven repositories ({@code aims.diffVersion}). Writes
 * {@code target/aims/aims-diff.json}. Run by hand or bind it; it never fails on differences.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractAimsMojo {

    /** A previous version of this project whose attached bundle (classifier aims) is resolved and compared with. */
    @Parameter(property = "aims.diffVersion")
    private String diffVersion;

    @Parameter(property = "aims.diffOutput", defaultValue = "${project.build.directory}/aims/aims-diff.json")
    private File diffOutput;

    private final RepositorySystem repositorySystem;

    @Inject
    public DiffMojo(RecordValidation validation, ScanCache scans, RepositorySystem repositorySystem) {
        super(validation, scans);
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goal() {
        return "diff";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        Path previous = previousBundle();
        String against = diffVersion != null ? "version " + diffVersion : previous.getFileName().toString();
        CheckRequest request = checkRequest(moduleWorkspace(), clock);
        ValidationResult validated = complianceCheck().valid(request.workspace(), request.today(), request.limits(),
                "cannot compare them");
        List<BundleDiff.Difference> differences;
        try {
            differences = new ReleaseService(validation).diff(previous, against, validated.model(),
                    complianceCheck().code(request, validated));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot compare with " + previous + ": " + e.getMessage(), e);
        }
        long added = differences.stream().filter(d -> d.type().equals("added")).count();
        long removed = differences.stream().filter(d -> d.type().equals("removed")).count();
        getLog().info("AIMS changes since " + against + ": " + added + " added, " + removed + " removed, "
                + (differences.size() - added - removed) + " changed");
        differences.forEach(difference -> getLog().info("  " + difference.line()));
        ReleaseService.writeDiff(differences, against, outputPath(diffOutput, "aims.diffOutput", false));
        getLog().info("AIMS diff written to " + diffOutput);
    }

    private Path previousBundle() throws MojoExecutionException {
        if (diffAgainst != null && diffVersion != null) {
            throw new MojoExecutionException("set either aims.diffAgainst or aims.diffVersion, not both");
        }
        if (diffAgainst != null) {
            Path file = paths().readableInProject(diffAgainst.toPath(), "aims.diffAgainst");
            if (!Files.isRegularFile(file)) {
                throw new MojoExecutionException("aims.diffAgainst " + diffAgainst + " is not a file");
            }
            return file;
        }
        if (diffVersion == null || diffVersion.isBlank()) {
            throw new MojoExecutionException("aims:diff needs a previous bundle: -Daims.diffAgainst=<aims-bundle.json>"
                    + " or -Daims.diffVersion=<a released version of " + project().getArtifactId() + ">");
        }
        DefaultArtifact artifact = BundleArtifacts.bundle(project().getGroupId(), project().getArtifactId(),
                diffVersion);
        try {
            return new BundleArtifacts(repositorySystem, session(), project()).resolve(artifact);
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the AIMS bundle of version " + diffVersion + " ("
                    + artifact + "): was that version built with aims:manifest attached? " + e.getMessage(), e);
        }
    }
}
