package io.github.aimsplugin.maven.mojo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.release.BundleDiff;
import io.github.aimsplugin.release.ModelBundle;
import io.github.aimsplugin.schema.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
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

    /** A previous bundle file to compare with. */
    @Parameter(property = "aims.diffAgainst")
    private File diffAgainst;

    /** A previous version of this project whose attached bundle (classifier aims) is resolved and compared with. */
    @Parameter(property = "aims.diffVersion")
    private String diffVersion;

    @Parameter(property = "aims.diffOutput", defaultValue = "${project.build.directory}/aims/aims-diff.json")
    private File diffOutput;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    @Inject
    public DiffMojo(RecordValidation validation, RepositorySystem repositorySystem) {
        super(validation);
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goal() {
        return "diff";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path previous = previousBundle();
        ValidationResult validated = validateRecords();
        if (!validated.isValid()) {
            throw new MojoFailureException("AIMS records are invalid (run aims:validate); cannot compare them");
        }
        try {
            Map<String, ModelBundle.Entry> before = releasedBundle(previous, describe(previous));
            Map<String, ModelBundle.Entry> after = ModelBundle.entries(validated.model());
            List<BundleDiff.Difference> differences = BundleDiff.between(before, after);
            long added = differences.stream().filter(d -> d.type().equals("added")).count();
            long removed = differences.stream().filter(d -> d.type().equals("removed")).count();
            getLog().info("AIMS changes since " + describe(previous) + ": " + added + " added, " + removed
                    + " removed, " + (differences.size() - added - removed) + " changed");
            differences.forEach(difference -> getLog().info("  " + difference.line()));
            write(differences, describe(previous));
            getLog().info("AIMS diff written to " + diffOutput);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot compare with " + previous + ": " + e.getMessage(), e);
        }
    }

    private Path previousBundle() throws MojoExecutionException {
        if (diffAgainst != null && diffVersion != null) {
            throw new MojoExecutionException("set either aims.diffAgainst or aims.diffVersion, not both");
        }
        if (diffAgainst != null) {
            Path file = insideProject(diffAgainst, "aims.diffAgainst");
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new MojoExecutionException("aims.diffAgainst " + diffAgainst + " is not a file");
            }
            return file;
        }
        if (diffVersion == null || diffVersion.isBlank()) {
            throw new MojoExecutionException("aims:diff needs a previous bundle: -Daims.diffAgainst=<aims-bundle.json>"
                    + " or -Daims.diffVersion=<a released version of " + project.getArtifactId() + ">");
        }
        DefaultArtifact artifact = new DefaultArtifact(project.getGroupId(), project.getArtifactId(),
                ManifestMojo.CLASSIFIER, ManifestMojo.BUNDLE_TYPE, diffVersion);
        try {
            return repositorySystem.resolveArtifact(session.getRepositorySession(),
                    new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the AIMS bundle of version " + diffVersion + " ("
                    + artifact + "): was that version built with aims:manifest attached? " + e.getMessage(), e);
        }
    }

    private String describe(Path previous) {
        return diffVersion != null ? "version " + diffVersion : previous.getFileName().toString();
    }

    private void write(List<BundleDiff.Difference> differences, String against)
            throws IOException, MojoExecutionException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode().put("against", against);
        ArrayNode list = root.putArray("differences");
        for (BundleDiff.Difference difference : differences) {
            ObjectNode node = list.addObject().put("kind", difference.kind()).put("id", difference.id())
                    .put("type", difference.type());
            difference.details().forEach(node.putArray("details")::add);
        }
        Path output = outputPath(diffOutput, "aims.diffOutput", false);
        Files.createDirectories(output.getParent());
        Files.writeString(output, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
