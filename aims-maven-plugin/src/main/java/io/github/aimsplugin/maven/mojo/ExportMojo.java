package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports the AIMS for the tools organisations already run: the Statement of Applicability as an OSCAL 1.1.2
 * component definition ({@code aims-oscal-component-definition.json}, for GRC tools) and the AI systems as a
 * CycloneDX 1.6 ML-BOM ({@code aims-mlbom.cdx.json}, for supply-chain tools), with model-card considerations taken
 * from the AISystem, Risk and ImpactAssessment records. aims:site writes the same files into the site with
 * {@code aims.siteExports}.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ExportMojo extends AbstractAimsMojo {

    /** Where the exports are written. */
    @Parameter(property = "aims.exportDirectory", defaultValue = "${project.build.directory}/aims")
    private File exportDirectory;

    /** The formats written, comma-separated: {@code oscal}, {@code cyclonedx}. */
    @Parameter(property = "aims.exportFormats", defaultValue = "oscal,cyclonedx")
    private String exportFormats;

    @Inject
    public ExportMojo(RecordValidation validation, ScanCache scans) {
        super(validation, scans);
    }

    @Override
    protected String goal() {
        return "export";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        Set<Exports.Format> formats;
        try {
            formats = Exports.parse(exportFormats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("aims.exportFormats: " + e.getMessage(), e);
        }
        CheckRequest request = checkRequest(moduleWorkspace(), clock);
        ValidationResult validated = complianceCheck().valid(request.workspace(), request.today(), request.limits(),
                "nothing exported");
        Path directory = outputPath(exportDirectory, "aims.exportDirectory", false);
        try {
            for (Exports.Written written : Exports.write(validated.model(), Catalogs.builtIn(), exportIdentity(clock),
                    directory, formats, complianceCheck().code(request, validated))) {
                getLog().info("AIMS export: " + written.format().title() + " written to " + written.file());
            }
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("cannot write the AIMS exports to " + exportDirectory + ": "
                    + e.getMessage(), e);
        }
    }
}
