package io.github.aimsplugin.check;

import io.github.aimsplugin.build.PomLocations;
import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.build.DependencyPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule's fixture: the shared passing project ({@code rules/passing}), optionally overlaid with the files of
 * {@code rules/<rule-id>/}, which replace or add record files. The records must validate; then one rule runs.
 */
public final class RuleFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final Path root;
    private List<DependencyPath> dependencies = List.of();

    private Map<String, io.github.aimsplugin.trail.RecordChange> systemChanges = Map.of();

    private CodeEvidence code = CodeEvidence.none();

    private List<String> movingModels;
    private List<String> additionalMovingModels;
    private List<String> notMovingModels;

    private RuleFixture(Path root) {
        this.root = root;
    }

    public static RuleFixture passing(Path target) {
        copy("passing", target);
        return new RuleFixture(target);
    }

    public static RuleFixture failing(String ruleId, Path target) {
        RuleFixture fixture = passing(target);
        copy(ruleId, target);
        return fixture;
    }

    public RuleFixture withSystemChanges(Map<String, io.github.aimsplugin.trail.RecordChange> changes) {
        this.systemChanges = changes;
        return this;
    }

    /** Compiles the fixture's src/main/java against the SDK stubs and scans it, with the given history. */
    public RuleFixture withCompiledCode(io.github.aimsplugin.trail.GovernedCode.History history) {
        io.github.aimsplugin.code.CodeModule module = io.github.aimsplugin.code.CompiledCode.compile(root);
        io.github.aimsplugin.code.CodeScan scan = new io.github.aimsplugin.code.CodeScanner(
                Catalogs.builtIn().aiSdks(), io.github.aimsplugin.code.CodeCatalog.builtIn())
                .scan(module, path -> root.relativize(path).toString().replace('\\', '/'));
        this.code = new CodeEvidence(scan, history, null);
        return this;
    }

    public RuleFixture withCompiledCode() {
        return withCompiledCode(io.github.aimsplugin.trail.GovernedCode.History.unavailable("no git"));
    }

    /** The build's own moving model aliases (aims.movingModels), replacing the built-in list. */
    public RuleFixture withMovingModels(List<String> globs) {
        this.movingModels = globs;
        return this;
    }

    /** The build's additions to the moving model aliases and its exemptions from them. */
    public RuleFixture withMovingModelChanges(List<String> additional, List<String> notMoving) {
        this.additionalMovingModels = additional;
        this.notMovingModels = notMoving;
        return this;
    }

    public RuleFixture withDependencies(List<DependencyPath> paths) {
        this.dependencies = paths;
        return this;
    }

    public Path root() {
        return root;
    }

    public ValidationResult validate() {
        return new AimsValidator().validate(new ValidationRequest(root, List.of(Path.of("src/main/aims")), TODAY,
                YamlLimits.defaults()));
    }

    public RuleContext context() {
        ValidationResult result = validate();
        assertThat(result.problems()).extracting(Problem::format).as("fixture records must be valid").isEmpty();
        CheckSettings settings = io.github.aimsplugin.check.RuleConfiguration.settings(
                CheckSettings.DEFAULT_MIN_JUSTIFICATION_WORDS, CheckSettings.DEFAULT_AUDIT_INTERVAL_MONTHS,
                CheckSettings.DEFAULT_REVIEW_INTERVAL_MONTHS, true, List.of(), movingModels, additionalMovingModels,
                notMovingModels);
        PomLocations pom = PomLocations.read(root.resolve("pom.xml"), "pom.xml");
        return new RuleContext(result.model(), Catalogs.builtIn(), TODAY, settings, dependencies, pom::locate,
                SourceLocation.startOf("src/main/aims"), systemChanges,
                CommentedDecisions.find(root, List.of(root.resolve("src/main/aims"))), code);
    }

    /** The rule's violations, formatted as the build log shows them. */
    public List<String> run(Rule rule) {
        return new RuleEngine(List.of(rule)).run(context(), Map.of()).violations().stream()
                .map(Violation::format)
                .toList();
    }

    private static void copy(String fixture, Path target) {
        ResourceTrees.copy(RuleFixture.class, "/rules/" + fixture, target);
    }
}
