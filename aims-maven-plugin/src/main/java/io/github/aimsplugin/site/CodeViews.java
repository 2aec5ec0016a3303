package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.map;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.check.rules.AiUseInInventoryRule;
import io.github.aimsplugin.check.rules.GovernedCodeReassessedRule;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.Secrets;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.trail.CodeCommit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the AI use scan found, as the site shows it: the Code section of each system page (one row per class and line
 * with the APIs it uses, models found next to the declared ones, commits to governed code), the inventory's counts
 * and the dashboard's. Every use site stays in the JSON report. Class names,
 * file names, model names and commit authors and subjects are untrusted text: the templates escape them.
 */
final class CodeViews {

    private final SiteInput input;
    private final CodeEvidence code;

    CodeViews(SiteInput input) {
        this.input = input;
        this.code = input.code();
    }

    /** The Code section of a system page; empty when the build did not scan code. */
    Map<String, Object> system(AISystem system) {
        CodeScan scan = code.scan();
        if (scan.status() == CodeScan.Status.NOT_REQUESTED) {
            return map("scanned", false, "note", "");
        }
        if (!scan.scanned()) {
            return map("scanned", false, "note", scan.note());
        }
        List<UseSite> found = code.usesOf(system);
        List<CodeLines.Line> lines = CodeLines.of(found);
        List<Map<String, Object>> uses = new ArrayList<>();
        for (CodeLines.Line line : lines) {
            uses.add(map("className", Secrets.shown(line.className()), "methods", shown(line.methods()),
                    "where", Secrets.shown(line.where()), "sdks", shown(line.sdks()), "families",
                    shown(line.families()), "apis", shown(line.apis())));
        }
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelNameUse model : code.modelsOf(system)) {
            boolean declared = model.resolved()
                    && system.models().stream().anyMatch(m -> m.calledBy(model.name()));
            models.add(map("name", model.resolved() ? Secrets.shown(model.name()) : "unresolved (computed)",
                    "expression", Secrets.shown(model.expression()), "where", Secrets.shown(model.where()),
                    "sdk", model.sdk(),
                    "declared", !model.resolved() ? "cannot tell" : declared ? "yes" : "no"));
        }
        List<Map<String, Object>> commits = new ArrayList<>();
        for (CodeCommit commit : code.history().of(system.id())) {
            commits.add(map("commit", commit.shortCommit(), "date", commit.when().atZone(ZoneOffset.UTC).toLocalDate()
                    .toString(), "author", commit.author(), "subject", commit.subject(),
                    "minor", commit.minor() ? "minor" : ""));
        }
        return map("scanned", true, "uses", uses, "hasUses", !uses.isEmpty(), "useCounts", CodeLines.counts(found),
                "models", models,
                "hasModels", !models.isEmpty(), "declaredText", Views.joined(system.models().stream()
                        .map(AISystem.Model::name).toList()),
                "commits", commits.subList(0, Math.min(20, commits.size())), "hasCommits", !commits.isEmpty(),
                "historyStatus", code.history().status());
    }

    /** Use sites and model names found in a system's code, for the inventory. */
    Map<String, Object> inventoryRow(AISystem system) {
        if (!code.scan().scanned()) {
            return map("useSites", "—", "modelsFound", "—");
        }
        Set<String> names = new LinkedHashSet<>();
        code.modelsOf(system).forEach(model -> names.add(model.resolved() ? Secrets.shown(model.name())
                : "unresolved"));
        List<UseSite> uses = code.usesOf(system);
        return map("useSites", uses.isEmpty() ? "—" : CodeLines.counts(uses), "modelsFound",
                names.isEmpty() ? "—" : String.join(", ", names));
    }

    private static String shown(List<String> values) {
        return String.join(", ", values.stream().map(Secrets::shown).toList());
    }

    /** The dashboard's counts: AI use outside the inventory, and systems changed since their assessment. */
    Map<String, Object> dashboard() {
        if (input.check() == null || !code.scan().scanned()) {
            return map("codeScanned", false);
        }
        long outside = count(AiUseInInventoryRule.ID, null);
        long changed = count(GovernedCodeReassessedRule.ID, "code-changed");
        return map("codeScanned", true, "outsideInventory", outside, "changedSinceAssessment", changed,
                "useSiteCount", code.scan().uses().size());
    }

    private long count(String rule, String cause) {
        return input.check().violations().stream().filter(violation -> violation.rule().equals(rule))
                .filter(violation -> cause == null || cause.equals(violation.cause())).map(Violation::id).distinct()
                .count();
    }
}
