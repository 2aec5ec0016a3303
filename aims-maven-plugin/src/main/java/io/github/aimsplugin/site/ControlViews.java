package io.github.aimsplugin.site;

import io.github.aimsplugin.release.Sha256;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.catalog.Clauses;
import io.github.aimsplugin.schema.catalog.EuAiAct;
import io.github.aimsplugin.schema.catalog.NistAiRmf;
import io.github.aimsplugin.schema.catalog.NistCrosswalk;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Views of the Statement of Applicability, the evidence index, the clause map and the crosswalks. */
final class ControlViews {

    private final SiteInput input;
    private final AimsModel model;
    private final SiteLinks links;
    private final Map<String, Control> decisions;

    ControlViews(SiteInput input, SiteLinks links) {
        this.input = input;
        this.model = input.model();
        this.links = links;
        this.decisions = model.all(RecordKinds.CONTROL).stream()
                .collect(Collectors.toMap(Control::id, Function.identity(), (a, b) -> a));
    }

    /** A control's row in the Statement of Applicability. */
    record ControlRow(String id, String anchor, String title, String decision, String decisionClass,
            String statusClass, String justification, String status, String owner, String evidenceLinks,
            String risksLinks) {}

    /** An Annex A objective with its controls. */
    record ObjectiveGroup(String id, String title, List<ControlRow> controls) {}

    /** The Statement of Applicability ({@code soa.adoc.mustache}). */
    record SoaPage(String title, List<ObjectiveGroup> objectives) {}

    SoaPage soa() {
        List<ObjectiveGroup> objectives = new ArrayList<>();
        for (AnnexA.Objective objective : input.catalogs().annexA().objectives()) {
            List<ControlRow> controls = new ArrayList<>();
            for (AnnexA.Control control : objective.controls()) {
                Control decision = decisions.get(control.id());
                String decided = decision == null ? "undecided" : decision.applicable() ? "applicable" : "excluded";
                String status = decision == null || !decision.applicable() || decision.status() == null ? decided
                        : decision.status();
                controls.add(new ControlRow(control.id(), SiteLinks.controlAnchor(control.id()), control.title(),
                        decided, CssClasses.decision(decided), CssClasses.status(status),
                        decision == null ? "—" : decision.justification(),
                        decision == null || decision.status() == null ? "—" : decision.status(),
                        decision == null ? "—" : decision.owner(),
                        decision == null ? "—" : Views.joinedMarkup(decision.evidence().stream()
                                .map(id -> links.record("Evidence", id)).toList()),
                        decision == null ? "—" : Views.joinedMarkup(decision.risks().stream()
                                .map(id -> links.link("risk", id)).toList())));
            }
            objectives.add(new ObjectiveGroup(objective.id(), objective.title(), controls));
        }
        return new SoaPage("Statement of Applicability", objectives);
    }

    /** An evidence record, with the hash of its file and a link to the copy beside the site. */
    record EvidenceRow(String anchor, String id, String title, String where, String sha256, String supportsLinks,
            LocalDate collectedOn, String link) {}

    /** The evidence index ({@code evidence.adoc.mustache}). */
    record EvidencePage(String title, List<EvidenceRow> evidence) {}

    EvidencePage evidence() {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Evidence evidence : model.all(RecordKinds.EVIDENCE)) {
            rows.add(new EvidenceRow(evidenceAnchor(evidence.id()), evidence.id(), evidence.title(), where(evidence),
                    model.evidenceFile(evidence).map(file -> sha256(file.real())).orElse(null),
                    Views.joinedMarkup(evidence.supports().stream().map(links::reference).toList()),
                    evidence.collectedOn(), BuildEvidence.downloadLink(model, evidence)));
        }
        return new EvidencePage("Evidence index", rows);
    }

    /**
     * Where the evidence is: its URL, or its file as a path from the site's base directory (in an aggregate the file
     * is named relative to its module), or the released bundle that named it.
     */
    private String where(Evidence evidence) {
        if (evidence.file() == null) {
            return evidence.url();
        }
        var loaded = model.find(evidence);
        if (loaded.isPresent() && loaded.get().origin().isReleased()) {
            return evidence.file() + " (in " + loaded.get().origin().module() + ")";
        }
        return model.evidenceFile(evidence).map(file -> file.shownFrom(input.baseDirectory())).orElse(evidence.file());
    }

    /** A clause, its documented output, and the pages that give it. */
    record ClauseRow(String id, String anchor, String title, String output, boolean missing, String providedBy) {}

    /** The clause map ({@code clauses.adoc.mustache}). */
    record ClausesPage(String title, List<ClauseRow> clauses) {}

    ClausesPage clauses() {
        Map<String, List<String>> providers = ClauseProviders.of(model);
        List<ClauseRow> rows = new ArrayList<>();
        for (Clauses.Clause clause : input.catalogs().clauses().clauses()) {
            List<String> provided = providers.getOrDefault(clause.id(), List.of());
            rows.add(new ClauseRow(clause.id(), clauseAnchor(clause.id()), clause.title(),
                    clause.documented() ? clause.output() : "—", clause.documented() && provided.isEmpty(),
                    provided.isEmpty() ? "—" : String.join(" +\n", provided)));
        }
        return new ClausesPage("Clause map", rows);
    }

    /** A NIST AI RMF subcategory and the ISO/IEC 42001 items it maps to. */
    record Subcategory(String id, String title, String itemsLinks) {}

    /** A NIST AI RMF function. */
    record FunctionGroup(String id, String title, List<Subcategory> subcategories) {}

    /** An EU AI Act article and the items that support it. */
    record Article(String id, String title, String primaryLinks, String supportingLinks) {}

    /** The crosswalks page ({@code crosswalks.adoc.mustache}). */
    record CrosswalksPage(String title, List<FunctionGroup> functions, List<Article> articles) {}

    CrosswalksPage crosswalks() {
        Map<String, NistCrosswalk.Row> rows = input.catalogs().nistCrosswalk().rows().stream()
                .collect(Collectors.toMap(NistCrosswalk.Row::subcategory, Function.identity()));
        List<FunctionGroup> functions = new ArrayList<>();
        for (NistAiRmf.Function function : input.catalogs().nistAiRmf().functions()) {
            List<Subcategory> subcategories = new ArrayList<>();
            function.categories().forEach(category -> category.subcategories().forEach(sub -> {
                NistCrosswalk.Row row = rows.get(sub.id());
                subcategories.add(new Subcategory(sub.id(), sub.title(), row == null ? "—" : withStatus(row.iso())));
            }));
            functions.add(new FunctionGroup(function.id(), function.title(), subcategories));
        }
        List<Article> articles = new ArrayList<>();
        for (EuAiAct.Article article : input.catalogs().euAiAct().articles()) {
            articles.add(new Article(article.id(), article.title(), withStatus(article.primary()),
                    withStatus(article.supporting())));
        }
        return new CrosswalksPage("Crosswalks", functions, articles);
    }

    /** Each ISO/IEC 42001 item as a link: a control to its SoA row, with its status here; a clause to its row. */
    private String withStatus(List<String> items) {
        Set<String> clauses = Set.copyOf(input.catalogs().clauses().ids());
        return Views.joinedMarkup(items.stream().map(item -> {
            if (input.catalogs().annexA().controlIds().contains(item)) {
                Control decision = decisions.get(item);
                String status = decision == null ? "undecided" : !decision.applicable() ? "excluded"
                        : decision.status() == null ? "applicable" : decision.status();
                return SiteLinks.control(item) + " " + UserText.asciiDoc("(" + status + ")");
            }
            return clauses.contains(item) ? SiteLinks.to("clauses.html#" + clauseAnchor(item), item)
                    : UserText.asciiDoc(item);
        }).toList());
    }

    static String evidenceAnchor(String id) {
        return SiteLinks.anchor("evidence", id);
    }

    /** The id of a clause's row in the clause map: {@code clause-6.1.2}. */
    static String clauseAnchor(String id) {
        return "clause-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
