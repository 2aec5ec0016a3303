package io.github.aimsplugin.site;

import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.release.BundleDiff;
import io.github.aimsplugin.trail.AuditTrail;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the site is made of.
 *
 * @param model the validated records
 * @param check the check result, or null when the check was not run
 * @param baseDirectory the module directory, for evidence files
 * @param today the date against which overdue and stale are judged
 * @param commit the git commit, or a note saying why there is none
 * @param pluginVersion the plugin's version
 * @param date the date shown as the site's date (from project.build.outputTimestamp when set)
 * @param trail the records' history from git
 * @param changes what changed since a previous release, or null when none was given
 * @param exports the machine-readable exports written into the site's {@code exports/} folder, linked from the index
 * @param releases the metric values of previous releases, oldest first, for the trends on the Measurements page
 * @param code the AI use scan and the commits to governed code (nothing scanned outside a module's build)
 * @param portfolio the released services of an organisation's aggregate (none elsewhere): the Portfolio page
 */
public record SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
        String commit, String pluginVersion, String date, AuditTrail trail, ReleaseChanges changes,
        List<Exports.Format> exports, List<io.github.aimsplugin.release.BundleMeasurements.Release> releases,
        CodeEvidence code, Portfolio portfolio) {

    /** The differences from a previous release's bundle, and what that release was. */
    public record ReleaseChanges(String against, List<BundleDiff.Difference> differences) {}

    public SiteInput {
        trail = trail == null ? AuditTrail.unavailable("the history of the records was not read") : trail;
        exports = exports == null ? List.of() : List.copyOf(exports);
        releases = releases == null ? List.of() : List.copyOf(releases);
        code = code == null ? CodeEvidence.none() : code;
        portfolio = portfolio == null ? Portfolio.none() : portfolio;
    }

    public SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
            String commit, String pluginVersion, String date, AuditTrail trail, ReleaseChanges changes,
            List<Exports.Format> exports, List<io.github.aimsplugin.release.BundleMeasurements.Release> releases,
            CodeEvidence code) {
        this(model, check, catalogs, baseDirectory, today, commit, pluginVersion, date, trail, changes, exports,
                releases, code, null);
    }

    public SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
            String commit, String pluginVersion, String date, AuditTrail trail, ReleaseChanges changes,
            List<Exports.Format> exports) {
        this(model, check, catalogs, baseDirectory, today, commit, pluginVersion, date, trail, changes, exports,
                List.of(), null);
    }

    public SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
            String commit, String pluginVersion, String date, AuditTrail trail, ReleaseChanges changes) {
        this(model, check, catalogs, baseDirectory, today, commit, pluginVersion, date, trail, changes, List.of());
    }

    public SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
            String commit, String pluginVersion, String date, AuditTrail trail) {
        this(model, check, catalogs, baseDirectory, today, commit, pluginVersion, date, trail, null);
    }

    /** A site without history. */
    public SiteInput(AimsModel model, CheckResult check, Catalogs catalogs, Path baseDirectory, LocalDate today,
            String commit, String pluginVersion, String date) {
        this(model, check, catalogs, baseDirectory, today, commit, pluginVersion, date, null, null);
    }
}
