package io.github.aimsplugin.site;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.check.Violation;
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
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the AI use scan found, as the site shows it: the Code section of each system page (one row per class and line
 * with the APIs it uses, models found next to the declared ones, commits to governed code), the inventory's counts
 * and the dashboard's. Every use site stays in the JSON report. Class names,
 * file names, model names and commit authors and subjects are untrusted text: the templates escape them.
 */
final class CodeViews {

    /** One class and line of a system's code with what it uses there. */
    record Use(String className, String methods, String where, String sdks, String families, String apis) {}

    /** A model name found in a system's code, and whether the system declares it. */
    record ModelFound(String name, String expression, String where, String sdk, String declared) {}

    /** A commit to a system's governed code. */
    record Commit(String commit, String date, String author, String subject, String minor) {}

    /**
     * The Code section of a system page ({@code {{#code}}}); without a scan only {@code scanned} (false) and
     * {@code note} are set.
     */
    record Section(boolean scanned, String note, List<Use> uses, boolean hasUses, String useCounts,
            List<ModelFound> models, boolean hasModels, String declaredText, List<Commit> commits, boolean hasCommits,
            String historyStatus) {

        static Section notScanned(String note) {
            return new Section(false, note, null, false, null, null, false, null, null, false, null);
        }
    }

    /** The inventory's columns of what the scan found in a system's code. */
    record InventoryCounts(String useSites, String modelsFound) {}

    /** The dashboard's counts; all but {@code codeScanned} unset when the code was not scanned or not checked. */
    record Dashboard(boolean codeScanned, Long outsideInventory, Long changedSinceAssessment, Integer useSiteCount) {}

    /**
     * The keys of the findings the dashboard counts, as the rules set them in {@link Violation#cause()}: a class
     * outside the inventory is {@code class:<name>} on kind Code (the finding of a key in the code is
     * {@code key:...}), governed code changed since its assessment is {@code code-changed} on its AISystem.
     */
    private static final Predicate<Violation> OUTSIDE_INVENTORY = violation -> "Code".equals(violation.kind())
            && violation.cause() != null && violation.cause().startsWith("class:");
    private static final Predicate<Violation> CODE_CHANGED = violation -> "AISystem".equals(violation.kind())
            && "code-changed".equals(violation.cause());

    private final SiteInput input;
    private final CodeEvidence code;

    CodeViews(SiteInput input) {
        this.input = input;
        this.code = input.code();
    }

    /** The Code section of a system page; empty when the build did not scan code. */
    Section system(AISystem system) {
        CodeScan scan = code.scan();
        if (scan.status() == CodeScan.Status.NOT_REQUESTED) {
            return Section.notScanned("");
        }
        if (!scan.scanned()) {
            return Section.notScanned(scan.note());
        }
        List<UseSite> found = code.usesOf(system);
        List<CodeLines.Line> lines = CodeLines.of(found);
        List<Use> uses = new ArrayList<>();
        for (CodeLines.Line line : lines) {
            uses.add(new Use(Secrets.shown(line.className()), shown(line.methods()), Secrets.shown(line.where()),
                    shown(line.sdks()), shown(line.families()), shown(line.apis())));
        }
        List<ModelFound> models = new ArrayList<>();
        for (ModelNameUse model : code.modelsOf(system)) {
            boolean declared = model.resolved()
                    && system.models().stream().anyMatch(m -> m.calledBy(model.name()));
            models.add(new ModelFound(model.resolved() ? Secrets.shown(model.name()) : "unresolved (computed)",
                    Secrets.shown(model.expression()), Secrets.shown(model.where()), model.sdk(),
                    !model.resolved() ? "cannot tell" : declared ? "yes" : "no"));
        }
        List<Commit> commits = new ArrayList<>();
        for (CodeCommit commit : code.history().of(system.id())) {
            commits.add(new Commit(commit.shortCommit(), commit.when().atZone(ZoneOffset.UTC).toLocalDate()
                    .toString(), commit.author(), commit.subject(), commit.minor() ? "minor" : ""));
        }
        return new Section(true, null, uses, !uses.isEmpty(), CodeLines.counts(found), models, !models.isEmpty(),
                Views.joined(system.models().stream().map(AISystem.Model::name).toList()),
                commits.subList(0, Math.min(20, commits.size())), !commits.isEmpty(), code.history().status());
    }

    /** Use sites and model names found in a system's code, for the inventory. */
    InventoryCounts inventoryRow(AISystem system) {
        if (!code.scan().scanned()) {
            return new InventoryCounts("—", "—");
        }
        Set<String> names = new LinkedHashSet<>();
        code.modelsOf(system).forEach(model -> names.add(model.resolved() ? Secrets.shown(model.name())
                : "unresolved"));
        List<UseSite> uses = code.usesOf(system);
        return new InventoryCounts(uses.isEmpty() ? "—" : CodeLines.counts(uses),
                names.isEmpty() ? "—" : String.join(", ", names));
    }

    private static String shown(List<String> values) {
        return String.join(", ", values.stream().map(Secrets::shown).toList());
    }

    /** The dashboard's counts: AI use outside the inventory, and systems changed since their assessment. */
    Dashboard dashboard() {
        if (input.check() == null || !code.scan().scanned()) {
            return new Dashboard(false, null, null, null);
        }
        return new Dashboard(true, count(OUTSIDE_INVENTORY), count(CODE_CHANGED), code.scan().uses().size());
    }

    private long count(Predicate<Violation> which) {
        return input.check().violations().stream().filter(which).map(Violation::id).distinct().count();
    }
}
