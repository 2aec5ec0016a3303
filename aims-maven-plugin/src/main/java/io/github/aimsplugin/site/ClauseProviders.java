package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which pages of this site give the documented output of each clause, given the records present. */
final class ClauseProviders {

    private ClauseProviders() {}

    /**
     * The providers of each clause, from the outputs the registry's pages document ({@link Pages}). They are listed
     * by record kind in the order of {@link RecordKinds#all()}, so a clause that two pages give (6.1.3: the
     * Statement of Applicability, then the treatment plan) lists them in the same order whatever the page order.
     */
    static Map<String, List<String>> of(AimsModel model) {
        Map<String, List<String>> providers = new LinkedHashMap<>();
        for (RecordKind<?> kind : RecordKinds.all()) {
            for (SitePage page : Pages.SITE) {
                for (SitePage.ClauseOutput output : page.documents()) {
                    if (output.kind().equals(kind)) {
                        add(providers, model, kind, page.target(output.fragment()), output.label(), output.clauses());
                    }
                }
            }
            if (kind.equals(RecordKinds.RISK_CRITERIA) && model.defaultCriteria()
                    && !model.loaded(RecordKinds.RISK).isEmpty()) {
                // Risks without criteria of their own are rated on the built-in scale, which the criteria page shows.
                providers.computeIfAbsent("6.1.1", key -> new ArrayList<>())
                        .add(SiteLinks.to("criteria.html", "Risk criteria (built-in default)"));
            }
        }
        return providers;
    }

    private static void add(Map<String, List<String>> providers, AimsModel model, RecordKind<?> kind, String page,
            String label, List<String> clauses) {
        int count = model.loaded(kind).size();
        if (count == 0) {
            return;
        }
        for (String clause : clauses) {
            providers.computeIfAbsent(clause, key -> new ArrayList<>())
                    .add(SiteLinks.to(page, label + " (" + count + " " + kind.name() + ")"));
        }
    }
}
