package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.export.MlBom;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.schema.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Exports the AI systems as a CycloneDX 1.6 ML-BOM ({@code target/aims/aims-mlbom.cdx.json}): a machine-learning-model
 * component per model, with model-card considerations taken from the AISystem, Risk and ImpactAssessment records,
 * for the supply-chain tools that already read CycloneDX.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ExportMojo extends AbstractAimsMojo {

    /** Where the exports are written. */
    @Parameter(property = "aims.exportDirectory", defaultValue = "${project.build.directory}/aims")
    private File exportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Inject
    public ExportMojo(RecordValidation validation) {
        super(validation);
    }

    @Override
    protected String goal() {
        return "export";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ValidationResult validated = validateRecords();
        if (!validated.isValid()) {
            throw new MojoFailureException("AIMS records are invalid (run aims:validate); nothing exported");
        }
        String name = project == null ? baseDirectory().getName() : project.getGroupId() + ":" + project.getArtifactId();
        String version = project == null ? null : project.getVersion();
        Path file = exportDirectory.toPath().resolve("aims-mlbom.cdx.json");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, MlBom.write(validated.model(), name, version));
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("AIMS export: CycloneDX 1.6 ML-BOM written to " + file);
    }
}
