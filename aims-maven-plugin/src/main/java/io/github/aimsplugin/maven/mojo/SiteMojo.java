package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.site.render.BuildRenderer;
import io.github.aimsplugin.build.BuildClock;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.site.SiteService;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the AIMS compliance site: AsciiDoc sources under {@code adoc/} and the HTML rendered from them, with the
 * check results shown on the dashboard. Bound to {@code verify}, after aims:check; skipped when nothing it is made
 * of has changed since the last build.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class SiteMojo extends AbstractAimsMojo {

    /** Fail the build when the check finds errors; by default the site only shows them. */
    @Parameter(property = "aims.siteFailOnViolation", defaultValue = "false")
    private boolean siteFailOnViolation;

    /**
     * How many previous released versions of this project the Measurements page reads, from their attached bundles
     * (classifier aims, resolved as aims:diff resolves one), to draw each metric's trend; 0 reads none.
     */
    @Parameter(property = "aims.trendReleases", defaultValue = "5")
    private int trendReleases;

    private final org.eclipse.aether.RepositorySystem repositorySystem;

    /** The build's renderer, shared by every module (not named renderer: that is aims.renderer's field). */
    private final BuildRenderer buildRenderer;

    @Inject
    public SiteMojo(RecordValidation validation, ScanCache scans, BuildRenderer buildRenderer,
            org.eclipse.aether.RepositorySystem repositorySystem) {
        super(validation, scans);
        this.buildRenderer = buildRenderer;
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goal() {
        return "site";
    }

    @Override
    protected void run(BuildClock clock) throws MojoExecutionException, MojoFailureException, InvalidRecords,
            IOException {
        SiteService site = siteService(buildRenderer);
        SiteService.Plan plan = site.plan(siteRequest(checkRequest(moduleWorkspace(), clock), clock).withReleases(
                ReleasedBundles.last(trendReleases, repositorySystem, session(), project(), getLog()::warn)));
        if (plan.upToDate()) {
            // With aims.siteFailOnViolation the check's verdict is not skipped with the rendering.
            long errors = siteFailOnViolation ? complianceCheck().run(plan.request().check()).result().errors() : 0;
            getLog().info(plan.upToDateLine());
            failIfRequired(errors);
            return;
        }
        SiteService.Checked checked = site.check(plan);
        site.render(checked);
        failIfRequired(checked.result().errors());
    }

    private void failIfRequired(long errors) throws MojoFailureException {
        if (siteFailOnViolation && errors > 0) {
            throw new MojoFailureException("AIMS site built, but the check found " + errors
                    + " errors (aims.siteFailOnViolation is true)");
        }
    }
}
