package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.check.ComplianceCheck;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.report.CheckReports;
import io.github.aimsplugin.check.report.JsonReport;
import io.github.aimsplugin.validation.RecordValidation;
import io.github.aimsplugin.schema.StatementOfApplicability;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.site.SiteCopy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;

/**
 * The exception to the one base: a report must extend {@link AbstractMavenReport}, so it declares the five parameters
 * it reads itself (same properties and defaults as {@link AbstractAimsMojo}) and composes the same Maven-free check.
 *
 * <p>The "AIMS compliance" page of {@code mvn site}: records per kind, Statement of Applicability coverage, the results
 * of the last aims:check (its JSON report), and a link into the full compliance site, copied under the Maven site
 * when aims:site has built it. Put the plugin under {@code <reporting>}; run {@code mvn verify site}.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    @Parameter(property = "aims.sourceDirectories", defaultValue = "${project.basedir}/src/main/aims")
    private List<File> sourceDirectories;

    @Parameter(property = "aims.siteDirectory", defaultValue = "${project.build.directory}/aims-site")
    private File aimsSiteDirectory;

    @Parameter(property = "aims.checkReportDirectory", defaultValue = "${project.build.directory}/aims/check")
    private File checkReportDirectory;

    @Parameter(property = "aims.today")
    private String today;

    /** As the other goals read it: the organisation's released records this module is checked against. */
    @Parameter(property = OrganisationBundle.PROPERTY)
    private String organisation;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    private final RecordValidation validation;
    private final io.github.aimsplugin.code.ScanCache scans;
    private final RepositorySystem repositorySystem;

    @Inject
    public ReportMojo(RecordValidation validation, io.github.aimsplugin.code.ScanCache scans,
            RepositorySystem repositorySystem) {
        this.validation = validation;
        this.scans = scans;
        this.repositorySystem = repositorySystem;
    }

    @Override
    public String getOutputName() {
        return "aims-report";
    }

    @Override
    public String getName(Locale locale) {
        return "AIMS compliance";
    }

    @Override
    public String getDescription(Locale locale) {
        return "ISO/IEC 42001 AI management system: records, Statement of Applicability coverage and check results.";
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ValidationResult validated;
        OrganisationBundle organisationBundle = null;
        try {
            LocalDate today = BuildClock.of(this.today, null).today();
            Workspace workspace = Workspace.module(project.getBasedir().toPath(),
                    sourceDirectories.stream().map(File::toPath).toList(), List.of());
            if (organisation != null && !organisation.isBlank()) {
                organisationBundle = OrganisationBundle.resolve(organisation, repositorySystem, session, project);
                workspace = organisationBundle.join(workspace);
            }
            validated = new ComplianceCheck(validation, io.github.aimsplugin.check.rules.BuiltInRules.all(),
                    getLog()::info, getLog()::info, scans).load(workspace, today, YamlLimits.defaults());
        } catch (IllegalArgumentException | IOException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        boolean fullSite;
        try {
            fullSite = SiteCopy.copyHtml(aimsSiteDirectory.toPath(), getReportOutputDirectory().toPath().resolve("aims-site"));
        } catch (IOException e) {
            throw new MavenReportException("cannot copy the compliance site: " + e.getMessage(), e);
        }
        ReportPage page = new ReportPage(getSink(), getName(locale));
        page.paragraph(validated.isValid() ? validated.model().records().size() + " records in "
                + validated.files() + (validated.files() == 1 ? " file" : " files")
                + organisationCount(validated, organisationBundle) + "."
                : validated.problems().size() + " problems in the records: run mvn aims:validate for the list.");
        if (fullSite) {
            page.link("aims-site/index.html", "Open the full compliance site");
        } else {
            page.paragraph("The full compliance site is not built yet: run aims:site (mvn verify) before mvn site.");
        }
        if (validated.isValid()) {
            page.table(List.of("Kind", "Records"), validated.model().countsByKind().entrySet().stream()
                    .map(entry -> List.of(entry.getKey(), String.valueOf(entry.getValue()))).toList());
            StatementOfApplicability soa = StatementOfApplicability.of(validated.model(), Catalogs.builtIn().annexA());
            page.table(List.of("Statement of Applicability", "Controls"), List.of(
                    List.of("decided (of " + soa.controls() + ")", String.valueOf(soa.decided())),
                    List.of("implemented", String.valueOf(soa.implemented())),
                    List.of("partial", String.valueOf(soa.partial())),
                    List.of("planned", String.valueOf(soa.planned())),
                    List.of("excluded", String.valueOf(soa.excluded()))));
        }
        checkResults(page);
        page.close();
    }

    /** ", of which N are the organisation's (g:a:v)", or nothing without aims.organisation. */
    private static String organisationCount(ValidationResult validated, OrganisationBundle organisation) {
        if (organisation == null) {
            return "";
        }
        long theirs = validated.model().records().stream().filter(record -> record.origin().organisation()).count();
        return ", of which " + theirs + " are the organisation's (" + organisation.coordinates() + ", read-only)";
    }

    private void checkResults(ReportPage page) throws MavenReportException {
        Path json = checkReportDirectory.toPath().resolve(CheckReports.JSON_FILE);
        if (!Files.isRegularFile(json)) {
            page.paragraph("No check results yet: run aims:check (mvn verify) before mvn site.");
            return;
        }
        try {
            JsonReport.Summary report = JsonReport.read(json);
            page.paragraph("Last aims:check: " + report.errors() + " errors, " + report.warnings() + " warnings.");
            page.table(List.of("Rule", "Level", "Violations"), report.rules().stream()
                    .map(rule -> List.of(rule.id(), rule.level(), rule.violations())).toList());
        } catch (IOException e) {
            throw new MavenReportException("cannot read " + json + ": " + e.getMessage(), e);
        }
    }
}
