package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.map;

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

    Map<String, Object> soa() {
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (AnnexA.Objective objective : input.catalogs().annexA().objectives()) {
            List<Map<String, Object>> controls = new ArrayList<>();
            for (AnnexA.Control control : objective.controls()) {
                Control decision = decisions.get(control.id());
                String decided = decision == null ? "undecided" : decision.applicable() ? "applicable" : "excluded";
                String status = decision == null || !decision.applicable() || decision.status() == null ? decided
                        : decision.status();
                controls.add(map("id", control.id(), "anchor", SiteLinks.controlAnchor(control.id()),
                        "title", control.title(),
                        "decision", decision == null ? "undecided" : decision.applicable() ? "applicable" : "excluded",
                        "decisionClass", CssClasses.decision(decided), "statusClass", CssClasses.status(status),
                        "justification", decision == null ? "—" : decision.justification(),
                        "status", decision == null || decision.status() == null ? "—" : decision.status(),
                        "owner", decision == null ? "—" : decision.owner(),
                        "evidenceLinks", decision == null ? "—" : Views.joinedMarkup(decision.evidence().stream()
                                .map(id -> links.record("Evidence", id)).toList()),
                        "risksLinks", decision == null ? "—" : Views.joinedMarkup(decision.risks().stream()
                                .map(id -> links.link("risk", id)).toList())));
            }
            objectives.add(map("id", objective.id(), "title", objective.title(), "controls", controls));
        }
        return map("title", "Statement of Applicability", "objectives", objectives);
    }

    Map<String, Object> evidence() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Evidence evidence : model.all(RecordKinds.EVIDENCE)) {
            rows.add(map("anchor", evidenceAnchor(evidence.id()), "id", evidence.id(), "title", evidence.title(),
                    "where", where(evidence),
                    "sha256", model.evidenceFile(evidence).map(file -> sha256(file.real())).orElse(null),
                    "supportsLinks", Views.joinedMarkup(evidence.supports().stream().map(links::reference).toList()),
                    "collectedOn", evidence.collectedOn(), "link", BuildEvidence.downloadLink(model, evidence)));
        }
        return map("title", "Evidence index", "evidence", rows);
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

    Map<String, Object> clauses() {
        Map<String, List<String>> providers = ClauseProviders.of(model);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Clauses.Clause clause : input.catalogs().clauses().clauses()) {
            List<String> provided = providers.getOrDefault(clause.id(), List.of());
            rows.add(map("id", clause.id(), "anchor", clauseAnchor(clause.id()), "title", clause.title(),
                    "output", clause.documented() ? clause.output() : "—",
                    "missing", clause.documented() && provided.isEmpty(),
                    "providedBy", provided.isEmpty() ? "—" : String.join(" +\n", provided)));
        }
        return map("title", "Clause map", "clauses", rows);
    }

    Map<String, Object> crosswalks() {
        Map<String, NistCrosswalk.Row> rows = input.catalogs().nistCrosswalk().rows().stream()
                .collect(Collectors.toMap(NistCrosswalk.Row::subcategory, Function.identity()));
        List<Map<String, Object>> functions = new ArrayList<>();
        for (NistAiRmf.Function function : input.catalogs().nistAiRmf().functions()) {
            List<Map<String, Object>> subcategories = new ArrayList<>();
            function.categories().forEach(category -> category.subcategories().forEach(sub -> {
                NistCrosswalk.Row row = rows.get(sub.id());
                subcategories.add(map("id", sub.id(), "title", sub.title(),
                        "itemsLinks", row == null ? "—" : withStatus(row.iso())));
            }));
            functions.add(map("id", function.id(), "title", function.title(), "subcategories", subcategories));
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (EuAiAct.Article article : input.catalogs().euAiAct().articles()) {
            articles.add(map("id", article.id(), "title", article.title(), "primaryLinks", withStatus(article.primary()),
                    "supportingLinks", withStatus(article.supporting())));
        }
        return map("title", "Crosswalks", "functions", functions, "articles", articles);
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
