package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.init.AimsScaffold;
import io.github.aimsplugin.init.OrganisationRecords;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.validation.RecordValidation;
import io.github.aimsplugin.schema.catalog.Catalogs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scaffolds {@code src/main/aims/} in an existing project: Scope and Policy with sensible defaults, the risk
 * criteria, one AISystem per AI SDK found among the resolved dependencies, and the Statement of Applicability with
 * every Annex A control to decide. With {@code aims.organisation}, a service's scaffold is its inventory alone: the
 * organisation's released records hold the rest. Extracts the JSON Schemas to {@code .aims/schemas/v1/} for editors.
 * Never overwrites a file. Run it once by hand: {@code mvn aims:init}, then {@code mvn aims:check} lists what is left
 * to do.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class InitMojo extends AbstractAimsMojo {

    /** Where the records are scaffolded. */
    @Parameter(property = "aims.initDirectory", defaultValue = "${project.basedir}/src/main/aims")
    private File initDirectory;

    @Inject
    public InitMojo(RecordValidation validation, ScanCache scans) {
        super(validation, scans);
    }

    @Override
    protected String goal() {
        return "init";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException {
        Path records = paths().checkInProject(initDirectory.toPath(), "aims.initDirectory");
        try {
            io.github.aimsplugin.code.CodeScan scan = scan();
            List<AimsScaffold.Outcome> outcomes = new AimsScaffold(baseDirectory().toPath(), records)
                    .against(organisationRecords())
                    .write(organisationName(), clock.today(), ModuleDependencies.resolved(project()), Catalogs.builtIn(),
                            scan);
            Path base = baseDirectory().toPath().toAbsolutePath().normalize();
            for (AimsScaffold.Outcome outcome : outcomes) {
                String shown = base.relativize(outcome.file()).toString().replace(File.separatorChar, '/');
                if (!outcome.leftTo().isEmpty()) {
                    getLog().info("AIMS init: not written " + shown + ": the organisation "
                            + LogText.escape(organisationRelease()) + " (aims.organisation) holds " + outcome.leftTo());
                    continue;
                }
                getLog().info((outcome.written() ? "AIMS init: wrote " : "AIMS init: kept existing ") + shown);
            }
            long written = outcomes.stream().filter(AimsScaffold.Outcome::written).count();
            long left = outcomes.stream().filter(outcome -> !outcome.leftTo().isEmpty()).count();
            getLog().info("AIMS init: " + written + " files written, " + (outcomes.size() - written - left)
                    + " kept" + (left == 0 ? "" : ", " + left + " left to the organisation")
                    + "; fill in the TODOs, then run mvn aims:check to see what is left to do");
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("cannot scaffold the AIMS records in " + records + ": " + e.getMessage(), e);
        }
    }

    /** The AI use scan of the compiled classes, when there are any (run mvn compile aims:init to use it). */
    private io.github.aimsplugin.code.CodeScan scan() {
        io.github.aimsplugin.code.CodeScanner scanner = new io.github.aimsplugin.code.CodeScanner(
                Catalogs.builtIn().aiSdks(), io.github.aimsplugin.code.CodeCatalog.builtIn());
        for (io.github.aimsplugin.code.CodeModule module : ModuleCode.of(project())) {
            io.github.aimsplugin.code.CodeScan scan = scanner.scan(module, path -> shown(path.toFile()));
            scan.warnings().forEach(warning -> getLog().warn(io.github.aimsplugin.schema.LogText.escape(warning)));
            if (scan.scanned()) {
                getLog().info("AIMS init: inventory proposed from " + scan.uses().size() + " AI use sites in "
                        + scan.classes() + " classes");
                return scan;
            }
            if (!scan.note().isEmpty()) {
                getLog().info("AIMS init: " + scan.note() + "; the inventory is proposed from the dependencies");
            }
        }
        return io.github.aimsplugin.code.CodeScan.notRequested();
    }

    /**
     * The organisation's records of aims.organisation (resolved and read as every goal reads them), whose Scope,
     * Policy, criteria and SoA the scaffold leaves out; none without it.
     */
    private OrganisationRecords organisationRecords() throws MojoExecutionException, IOException {
        Workspace joined = withOrganisation(Workspace.module(baseDirectory().toPath(), sourceDirectories(), List.of()));
        return organisationRelease() == null ? OrganisationRecords.none() : OrganisationRecords.of(
                organisationRelease(), joined.bundled().stream().filter(BundledRecord::organisation).toList());
    }

    /** The organisation named in the Scope record: the POM's organization name, else the project name. */
    private String organisationName() {
        if (project() != null && project().getOrganization() != null
                && project().getOrganization().getName() != null) {
            return project().getOrganization().getName();
        }
        return project() != null && project().getName() != null ? project().getName() : "TODO: organisation";
    }
}
