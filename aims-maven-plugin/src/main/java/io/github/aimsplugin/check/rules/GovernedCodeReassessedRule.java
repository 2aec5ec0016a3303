package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.trail.CodeCommit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Clause 8 (8.2, 8.4): a change to an AI system's governed code — the sources of its packages, its listed paths, its
 * AI SDK dependencies in the POM — after its latest risk and impact assessments asks for them to be redone. A commit
 * counts on the day it reached the branch (its commit date, or the date of the merge that brought it); a merge
 * counts where it changes governed code against every parent; a commit whose subject line holds
 * {@code [minor-change]} does not count. Uncommitted changes are a warning; a shallow clone or no git is a note in
 * the log, never a failure.
 */
public final class GovernedCodeReassessedRule implements Rule {

    public static final String ID = "governed-code-reassessed";

    /** Commits listed in one message; the rest are counted. */
    private static final int LISTED = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.CODE_HISTORY);
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "No commit changed an AISystem's governed code after its latest risk and impact assessments.";
    }

    @Override
    public String documentation() {
        return "The one-time assessment that is never redone when the AI changes is what clauses 8.2 and 8.4 guard"
                + " against. With git, the build lists the commits that changed a system's code (its packages'"
                + " sources, its listed paths, its AI SDK dependencies in the POM) after the date of its latest risk"
                + " and impact assessments, by the day each reached the branch; a commit whose subject line contains "
                + CodeCommit.MINOR_CHANGE + " is not counted. Uncommitted changes to governed code are a warning.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        if (!context.code().history().available()) {
            return;
        }
        for (AISystem system : context.model().all(RecordKinds.AI_SYSTEM)) {
            if (!system.inScope()) {
                continue;
            }
            List<Assessment> latest = latestAssessments(context, system.id());
            List<CodeCommit> commits = context.code().history().of(system.id());
            if (!latest.isEmpty()) {
                LocalDate earliest = latest.stream().map(Assessment::date).min(Comparator.naturalOrder()).get();
                List<CodeCommit> after = commits.stream().filter(commit -> !commit.minor()
                        && day(commit).isAfter(earliest)).toList();
                if (!after.isEmpty()) {
                    report.accept(changed(context, system, latest, after));
                }
            }
            List<String> dirty = context.code().history().uncommitted().getOrDefault(system.id(), List.of());
            if (!dirty.isEmpty()) {
                report.accept(violation(context.locate(system, "/components/code"), "AISystem", system.id(),
                        "uncommitted changes to the governed code of " + system.id() + ": " + String.join(", ",
                                dirty.subList(0, Math.min(LISTED, dirty.size())))
                                + (dirty.size() > LISTED ? " and " + (dirty.size() - LISTED) + " more" : ""),
                        "commit them; if they change the system significantly, re-assess it",
                        "uncommitted").withLevel(Level.WARNING));
            }
        }
    }

    private Violation changed(RuleContext context, AISystem system, List<Assessment> latest,
            List<CodeCommit> after) {
        LocalDate newest = day(after.get(0));
        List<String> redo = latest.stream().filter(assessment -> newest.isAfter(assessment.date()))
                .map(assessment -> assessment.what() + " " + assessment.record().id() + " (" + assessment.date() + ")")
                .toList();
        List<String> listed = new ArrayList<>();
        after.stream().limit(LISTED).forEach(commit -> listed.add(commit.shortCommit() + " " + day(commit) + " "
                + commit.author() + " '" + commit.subject() + "'"));
        String more = after.size() > LISTED ? " and " + (after.size() - LISTED) + " more" : "";
        return violation(context.locate(system, "/components/code"), "AISystem", system.id(),
                after.size() + " commit(s) changed the governed code of " + system.id() + " after its assessments "
                        + String.join(", ", redo) + ": " + String.join("; ", listed) + more,
                "redo " + String.join(" and ", redo) + " (update assessedOn), or mark a change that needs none with "
                        + CodeCommit.MINOR_CHANGE + " in the subject line of its commit message",
                "code-changed");
    }

    /** The newest risk assessment and the newest impact assessment of a system, each when there is one. */
    private static List<Assessment> latestAssessments(RuleContext context, String systemId) {
        List<Assessment> latest = new ArrayList<>();
        context.model().all(RecordKinds.RISK).stream().filter(risk -> risk.systems().contains(systemId))
                .filter(risk -> risk.assessedOn() != null)
                .max(Comparator.comparing(Risk::assessedOn).thenComparing(Risk::id, Comparator.reverseOrder()))
                .ifPresent(risk -> latest.add(new Assessment("risk assessment", risk, risk.assessedOn())));
        Optional<ImpactAssessment> impact = context.model().all(RecordKinds.IMPACT_ASSESSMENT).stream()
                .filter(assessment -> systemId.equals(assessment.system()))
                .filter(assessment -> assessment.assessedOn() != null)
                .max(Comparator.comparing(ImpactAssessment::assessedOn)
                        .thenComparing(ImpactAssessment::id, Comparator.reverseOrder()));
        impact.ifPresent(assessment -> latest.add(new Assessment("impact assessment", assessment,
                assessment.assessedOn())));
        return latest;
    }

    private static LocalDate day(CodeCommit commit) {
        return commit.when().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private record Assessment(String what, AimsRecord record, LocalDate date) {}
}
