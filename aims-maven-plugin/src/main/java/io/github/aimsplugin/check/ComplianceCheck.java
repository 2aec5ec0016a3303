package io.github.aimsplugin.check;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.schema.RecordFileCache;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.GitLookup;
import io.github.aimsplugin.trail.RecordChange;
import io.github.aimsplugin.trail.RecordHistory;
import io.github.aimsplugin.validation.RecordValidation;
import io.github.aimsplugin.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What aims:check computes, without Maven: the records of a workspace validated, then the rules, with the git
 * history they need given explicitly. The site reads every record's history once and passes it; the check alone reads
 * only the AI systems' history, for the rules that need it.
 */
public final class ComplianceCheck {

    /** Enough for years of an AIMS's commits; beyond it the trail says that it is truncated. */
    private static final int MAX_HISTORY_COMMITS = 20_000;

    /** The validated records, what the rules found, and what the code scan found. */
    public record Outcome(ValidationResult validated, CheckResult result, CodeEvidence code) {}

    private final RecordValidation validation;
    private final RuleEngine engine;
    private final Consumer<String> info;
    private final Consumer<String> warn;
    private final ScanCache scans;
    /** Where record files read by earlier builds are kept, or null: every file is read. */
    private final Path recordCache;

    /**
     * @param rules the rules, in run order (the mojos give {@code check.rules.BuiltInRules.all()})
     * @param info where notes for the build log go
     * @param warn where warnings for the build log go (unreadable class files, uncommitted governed code)
     * @param scans the build's scans of class output, shared by its goals
     */
    public ComplianceCheck(RecordValidation validation, List<Rule> rules, Consumer<String> info,
            Consumer<String> warn, ScanCache scans) {
        this(validation, new RuleEngine(rules), info, warn, scans, null);
    }

    private ComplianceCheck(RecordValidation validation, RuleEngine engine, Consumer<String> info,
            Consumer<String> warn, ScanCache scans, Path recordCache) {
        this.validation = validation;
        this.engine = engine;
        this.info = info;
        this.warn = warn;
        this.scans = scans;
        this.recordCache = recordCache;
    }

    /**
     * This check keeping what record files gave under a build directory ({@link RecordFileCache}), so that a file
     * whose bytes did not change is not parsed and schema-checked again; null: every file is read.
     */
    public ComplianceCheck withRecordCache(Path buildDirectory) {
        return new ComplianceCheck(validation, engine, info, warn, scans, buildDirectory);
    }

    /**
     * Validation, then the rules with the AI systems' history; the code is scanned, and git read, only when a rule
     * that runs needs it.
     */
    public Outcome run(CheckRequest request) throws InvalidRecords, IOException {
        ValidationResult validated = validate(request);
        CodeEvidence code = enabled(request, Rule.Need.CODE_SCAN).isEmpty()
                && enabled(request, Rule.Need.CODE_HISTORY).isEmpty() ? CodeEvidence.none() : code(request, validated);
        return new Outcome(validated, rules(request, validated, systemHistory(request, validated), code), code);
    }

    /** The records, validated; invalid records stop here, before any rule runs. */
    public ValidationResult validate(CheckRequest request) throws InvalidRecords, IOException {
        return valid(request.workspace(), request.today(), request.limits(), "fix them before the rules can run");
    }

    /**
     * The records of a workspace, validated: the one path by which validate, check, export and diff stop on invalid
     * records, each problem listed (file:line:column, record, rule, fix) by the mojo that catches the
     * {@link InvalidRecords}.
     *
     * @param consequence what the goal could not do, ending the summary line; empty for none
     */
    public ValidationResult valid(Workspace workspace, LocalDate today, YamlLimits limits, String consequence)
            throws InvalidRecords, IOException {
        ValidationResult validated = load(workspace, today, limits);
        if (!validated.isValid()) {
            throw new InvalidRecords(ValidationReport.failure(validated)
                    + (consequence.isEmpty() ? "" : "; " + consequence), validated.problems());
        }
        return validated;
    }

    /**
     * The records of a workspace, validated, whether valid or not: its modules' files and its bundles' records.
     *
     * @throws IllegalArgumentException when a record folder lies outside the project (a configuration fault)
     */
    public ValidationResult load(Workspace workspace, LocalDate today, YamlLimits limits) throws IOException {
        try {
            return validation.validate(new ValidationRequest(workspace.base(), workspace.sources(), workspace.bundled(),
                    today, limits), recordCache == null ? null : RecordFileCache.in(recordCache));
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read AIMS records: " + e.getMessage(), e);
        }
    }

    /** Every record's history, for the site's pages; the rules take the AI systems' part of it. */
    public AuditTrail history(CheckRequest request, ValidationResult validated) {
        return new RecordHistory(request.limits().maxFileBytes(), MAX_HISTORY_COMMITS).read(
                request.workspace().base(), RecordHistory.Tracked.of(validated.model().records()));
    }

    /** The rules over valid records; {@code history} (null when not read) gives the rules the committed changes. */
    public CheckResult rules(CheckRequest request, ValidationResult validated, AuditTrail history) {
        return rules(request, validated, history, code(request, validated));
    }

    /** The AI use scan and the commits to governed code of the workspace's modules, logged once. */
    public CodeEvidence code(CheckRequest request, ValidationResult validated) {
        return new CodeChecks(info, warn, MAX_HISTORY_COMMITS, ids(engine.needing(Rule.Need.CODE_SCAN)),
                ids(enabled(request, Rule.Need.CODE_HISTORY)), scans).evidence(request, validated.model());
    }

    /** The rules over valid records with the code evidence already read (the site reads it once for both). */
    public CheckResult rules(CheckRequest request, ValidationResult validated, AuditTrail history,
            CodeEvidence code) {
        Workspace workspace = request.workspace();
        RuleContext context = new RuleContext(validated.model(), Catalogs.builtIn(), request.today(),
                request.settings(), workspace.dependencies(), workspace.pomLocator(), workspace.recordsLocation(),
                systemChanges(history), commentedDecisions(workspace, validated), code);
        RuleEngine running = engine;
        if (validated.files() == 0 && validated.model().records().isEmpty()) {
            // A module without records (a parent, a library) still must not ship undeclared AI. Records of released
            // or organisation bundles are records: an aggregate of bundles alone runs every rule over them.
            running = new RuleEngine(engine.needing(Rule.Need.RUNS_WITHOUT_RECORDS));
            info.accept("No AIMS records found; only " + ids(running.rules()) + " runs for this module");
        }
        return running.run(context, onlyKnown(running, request.levels()));
    }

    /** The AI systems' history, when a rule that runs needs it and git history is read; else null. */
    private AuditTrail systemHistory(CheckRequest request, ValidationResult validated) {
        List<RecordHistory.Tracked> systems = RecordHistory.Tracked.of(validated.model().loaded(RecordKinds.AI_SYSTEM));
        if (!request.gitHistory() || systems.isEmpty() || enabled(request, Rule.Need.RECORD_HISTORY).isEmpty()
                || !GitLookup.mayBeInRepository(request.workspace().base())) {
            return null; // outside git there is no history: JGit is not even loaded
        }
        return new RecordHistory(request.limits().maxFileBytes(), MAX_HISTORY_COMMITS).read(
                request.workspace().base(), systems);
    }

    /**
     * The latest change to each AI system record that needs a re-assessment: by the day it reached the branch, not
     * counting creations and commits marked {@code [minor-change]} (a later typo fix must not hide an earlier real
     * change, and a change merged late must not hide behind a newer commit date).
     */
    static Map<String, RecordChange> systemChanges(AuditTrail history) {
        Map<String, RecordChange> last = new LinkedHashMap<>();
        if (history != null) {
            for (RecordChange change : history.changes()) {
                if ("changed".equals(change.type()) && !change.minor()
                        && RecordKinds.AI_SYSTEM.name().equals(change.kind())) {
                    last.merge(change.id(), change, (kept, other) -> other.when().isAfter(kept.when()) ? other : kept);
                }
            }
        }
        return last;
    }

    /** Commented-out decisions of a scaffolded SoA, read only while controls are undecided. */
    private static Map<String, SourceLocation> commentedDecisions(Workspace workspace, ValidationResult validated) {
        if (validated.model().loaded(RecordKinds.CONTROL).size() >= Catalogs.builtIn().annexA().controls().size()) {
            return Map.of();
        }
        return CommentedDecisions.find(workspace.base(), workspace.sourceDirectories());
    }

    /** The rules that need something and run under the request's levels and settings. */
    private List<Rule> enabled(CheckRequest request, Rule.Need need) {
        return engine.enabledNeeding(need, request.levels(), request.settings());
    }

    private static String ids(List<Rule> rules) {
        return String.join(", ", rules.stream().map(Rule::id).toList());
    }

    /** Configured levels for the rules this engine runs; the others were checked to exist when configured. */
    private static Map<String, Level> onlyKnown(RuleEngine engine, Map<String, Level> levels) {
        List<String> running = engine.rules().stream().map(Rule::id).toList();
        Map<String, Level> kept = new LinkedHashMap<>(levels);
        kept.keySet().retainAll(running);
        return kept;
    }
}
