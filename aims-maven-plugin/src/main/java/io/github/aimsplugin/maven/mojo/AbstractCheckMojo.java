package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.DependencyPath;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.PomLocations;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.check.rules.ReviewFreshRule;
import io.github.aimsplugin.check.rules.ThirdPartyDeclaredRule;
import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.maven.validation.ValidationReport;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.validate.Suggestions;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.RecordChange;
import io.github.aimsplugin.trail.RecordHistory;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Validation, then the rules: what aims:check and aims:baseline share. */
public abstract class AbstractCheckMojo extends AbstractAimsMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** This plugin's version, for reports, manifests and the site. */
    protected final String pluginVersion() {
        return pluginVersion == null ? "unknown" : pluginVersion;
    }

    /** The module's project model (null in some harness tests). */
    protected final MavenProject project() {
        return project;
    }

    /**
     * Rule levels: {@code <rules><rule><id>actions-not-overdue</id><level>error</level></rule></rules>}. Level is
     * error, warning or off. Rules not named keep their default level.
     */
    @Parameter
    private List<RuleLevel> rules;

    /** Fewest words of the justification of an excluded control (rule exclusion-justified). */
    @Parameter(property = "aims.minJustificationWords", defaultValue = "" + CheckSettings.DEFAULT_MIN_JUSTIFICATION_WORDS)
    private int minJustificationWords;

    /** Longest time, in months, since the last internal audit (rule audit-programme-current). */
    @Parameter(property = "aims.auditIntervalMonths", defaultValue = "" + CheckSettings.DEFAULT_AUDIT_INTERVAL_MONTHS)
    private int auditIntervalMonths;

    /** Longest time, in months, since the last management review (rule management-review-current). */
    @Parameter(property = "aims.reviewIntervalMonths", defaultValue = "" + CheckSettings.DEFAULT_REVIEW_INTERVAL_MONTHS)
    private int reviewIntervalMonths;

    /**
     * Whether git history is read: review-fresh then also fails an assessment older than a committed change to its
     * AI system record, and the site shows each record's history.
     */
    @Parameter(property = "aims.gitHistory", defaultValue = "true")
    private boolean gitHistory;

    /** Whether git history is read (aims.gitHistory). */
    protected final boolean gitHistory() {
        return gitHistory;
    }

    /** Whether the built-in list of AI SDK coordinates is scanned for (rule third-party-declared). */
    @Parameter(property = "aims.builtInAiSdks", defaultValue = "true")
    private boolean builtInAiSdks;

    /** More AI SDK coordinates to scan for, as groupId:artifactId patterns with '*'. */
    @Parameter
    private List<String> additionalAiSdks;

    private ValidationResult lastValidation;

    protected AbstractCheckMojo(RecordValidation validation) {
        super(validation);
    }

    /** The validation that the last {@link #runCheck()} ran first. */
    protected final ValidationResult lastValidation() {
        return lastValidation;
    }

    /** The configuration that shapes the check's result, for fingerprints. */
    protected final String configurationSummary() {
        StringBuilder summary = new StringBuilder("minWords=").append(minJustificationWords)
                .append(";auditMonths=").append(auditIntervalMonths)
                .append(";reviewMonths=").append(reviewIntervalMonths)
                .append(";gitHistory=").append(gitHistory)
                .append(";builtInAiSdks=").append(builtInAiSdks)
                .append(";additionalAiSdks=").append(additionalAiSdks)
                .append(";sources=").append(sourceDirectories())
                .append(";maxFileBytes=").append(maxFileBytes());
        if (rules != null) {
            rules.forEach(rule -> summary.append(";rule=").append(rule.getId()).append(':').append(rule.getLevel()));
        }
        return summary.toString();
    }

    /** Validates, failing the build on invalid records, then runs the rules. */
    protected final CheckResult runCheck() throws MojoExecutionException, MojoFailureException {
        ValidationResult validated = loadRecords();
        lastValidation = validated;
        if (!validated.isValid()) {
            for (Problem problem : validated.problems()) {
                getLog().error(ValidationReport.line(problem));
            }
            throw new MojoFailureException(ValidationReport.failure(validated) + "; fix them before the rules can run");
        }
        CheckRequest request = new CheckRequest(levels(), settings(), checkedDependencies(),
                PomLocations.read(new File(baseDirectory(), "pom.xml").toPath(), "pom.xml"));
        readyForRules();
        RuleContext context = new RuleContext(validated.model(), Catalogs.builtIn(), today(), request.settings(),
                request.dependencies(), pomLocator(request.pom()), recordsLocation(), systemChanges(validated, request),
                commentedDecisions(validated));
        RuleEngine engine = new RuleEngine();
        if (validated.files() == 0) {
            // A module without records (a parent, a library) still must not ship undeclared AI.
            getLog().info("No AIMS records found; only " + ThirdPartyDeclaredRule.ID + " runs for this module");
            engine = new RuleEngine(List.of(new ThirdPartyDeclaredRule()));
        }
        try {
            return engine.run(context, onlyKnown(engine, request.levels()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * The last commit that changed each AI system record, for review-fresh: read from git with JGit, only for the
     * files that hold AI systems. Creations are not changes; outside git there are none.
     */
    private Map<String, RecordChange> systemChanges(ValidationResult validated, CheckRequest request) {
        List<RecordHistory.Tracked> systems = RecordHistory.Tracked.of(validated.model().loaded(RecordKinds.AI_SYSTEM));
        if (!gitHistory || systems.isEmpty() || request.levels().get(ReviewFreshRule.ID) == Level.OFF) {
            return Map.of();
        }
        AuditTrail trail = systemHistory(validated, systems);
        getLog().debug("AIMS history of AI system records: " + trail.status());
        Map<String, RecordChange> last = new LinkedHashMap<>();
        for (RecordChange change : trail.changes()) {
            if ("changed".equals(change.type()) && RecordKinds.AI_SYSTEM.name().equals(change.kind())) {
                last.putIfAbsent(change.id(), change);
            }
        }
        return last;
    }

    /**
     * Called once the records are valid and the configuration is sound, before the rules run: from here on the goal
     * does not fail for bad input before its own output is written.
     */
    protected void readyForRules() {
        // nothing to prepare for the check alone
    }

    /** Commented-out decisions of a scaffolded SoA, read only while controls are undecided. */
    private Map<String, SourceLocation> commentedDecisions(ValidationResult validated) {
        if (validated.model().loaded(RecordKinds.CONTROL).size() >= Catalogs.builtIn().annexA().controls().size()) {
            return Map.of();
        }
        return io.github.aimsplugin.check.CommentedDecisions.find(recordsBase(),
                sourceDirectories().stream().map(File::toPath).toList());
    }

    /** The records the check runs on: this module's; an aggregate reads several modules and released bundles. */
    protected ValidationResult loadRecords() throws MojoExecutionException {
        return validateRecords();
    }

    /** The directory record paths are shown relative to and git history is read from. */
    protected java.nio.file.Path recordsBase() {
        return baseDirectory().toPath().toAbsolutePath().normalize();
    }

    /** The dependencies third-party-declared looks at: this module's. */
    protected List<DependencyPath> checkedDependencies() {
        return dependencies();
    }

    /** Where a direct dependency is declared, for third-party-declared findings: this module's POM. */
    protected java.util.function.BiFunction<String, String, SourceLocation> pomLocator(PomLocations pom) {
        return pom::locate;
    }

    /**
     * The git history review-fresh needs: that of the AI system records. The site reads every record's history once
     * and shares it here.
     */
    protected AuditTrail systemHistory(ValidationResult validated, List<RecordHistory.Tracked> systems) {
        return new RecordHistory(maxFileBytes(), 20_000).read(recordsBase(), systems);
    }

    /** Configured levels for the rules this engine runs; the others are still checked to exist. */
    private static Map<String, Level> onlyKnown(RuleEngine engine, Map<String, Level> levels) {
        List<String> running = engine.rules().stream().map(io.github.aimsplugin.check.Rule::id).toList();
        if (running.size() == RuleEngine.builtIn().size()) {
            return levels;
        }
        Map<String, Level> kept = new LinkedHashMap<>(levels);
        kept.keySet().retainAll(running);
        return kept;
    }

    private Map<String, Level> levels() throws MojoExecutionException {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (rules != null) {
            for (RuleLevel rule : rules) {
                if (rule.getId() == null || rule.getLevel() == null) {
                    throw new MojoExecutionException("each <rule> in <rules> needs an <id> and a <level>");
                }
                List<String> known = RuleEngine.builtIn().stream().map(io.github.aimsplugin.check.Rule::id).toList();
                if (!known.contains(rule.getId().strip())) {
                    throw new MojoExecutionException("unknown rule '" + rule.getId() + "' in <rules>"
                            + Suggestions.didYouMean(rule.getId().strip(), known) + " Rules: " + String.join(", ", known));
                }
                try {
                    levels.put(rule.getId().strip(), Level.parse(rule.getLevel()));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("rule " + rule.getId() + ": " + e.getMessage(), e);
                }
            }
        }
        return levels;
    }

    private CheckSettings settings() throws MojoExecutionException {
        if (minJustificationWords < 0) {
            throw new MojoExecutionException("aims.minJustificationWords must not be negative");
        }
        if (auditIntervalMonths < 1 || reviewIntervalMonths < 1) {
            throw new MojoExecutionException("aims.auditIntervalMonths and aims.reviewIntervalMonths must be at least 1"
                    + " (got " + auditIntervalMonths + " and " + reviewIntervalMonths + ")");
        }
        List<AiSdks.Sdk> sdks = new ArrayList<>();
        if (builtInAiSdks) {
            sdks.addAll(Catalogs.builtIn().aiSdks().sdks());
        }
        if (additionalAiSdks != null && !additionalAiSdks.isEmpty()) {
            for (String pattern : additionalAiSdks) {
                if (!pattern.matches("[^:\\s]+:[^:\\s]+")) {
                    throw new MojoExecutionException("additionalAiSdks entry '" + pattern
                            + "' must be groupId:artifactId, with '*' as a wildcard");
                }
            }
            sdks.add(new AiSdks.Sdk("Configured AI SDK", additionalAiSdks));
        }
        return new CheckSettings(minJustificationWords, CheckSettings.DEFAULT_PLACEHOLDERS, new AiSdks(sdks),
                auditIntervalMonths, reviewIntervalMonths);
    }

    /** Resolved compile and runtime dependencies with the trail that brought each in. */
    protected final List<DependencyPath> dependencies() {
        return dependenciesOf(project);
    }

    /** A project's resolved dependencies with their trails; empty when they are not resolved (yet). */
    protected static List<DependencyPath> dependenciesOf(MavenProject project) {
        List<DependencyPath> paths = new ArrayList<>();
        Set<Artifact> artifacts = project == null ? null : project.getArtifacts();
        if (artifacts == null) {
            return paths;
        }
        for (Artifact artifact : artifacts) {
            List<String> trail = artifact.getDependencyTrail();
            if (trail == null || trail.size() < 2) {
                continue;
            }
            List<DependencyPath.Coordinate> coordinates = new ArrayList<>();
            for (String id : trail) {
                String[] parts = id.split(":");
                coordinates.add(new DependencyPath.Coordinate(parts[0], parts.length > 1 ? parts[1] : "",
                        parts.length > 3 ? parts[parts.length - 1] : null));
            }
            paths.add(new DependencyPath(coordinates));
        }
        paths.sort((a, b) -> a.render().compareTo(b.render()));
        return paths;
    }

    private SourceLocation recordsLocation() {
        File first = sourceDirectories().get(0);
        String shown = recordsBase().relativize(first.toPath().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
        return SourceLocation.startOf(shown.isEmpty() ? "." : shown);
    }
}
