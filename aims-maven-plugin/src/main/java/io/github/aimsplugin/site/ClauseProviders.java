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

    static Map<String, List<String>> of(AimsModel model) {
        Map<String, List<String>> providers = new LinkedHashMap<>();
        add(providers, model, RecordKinds.SCOPE, "context.html", "Scope statement", "4.1", "4.2", "4.3", "4.4");
        add(providers, model, RecordKinds.POLICY, "context.html", "AI policy and roles", "5.2", "5.3");
        add(providers, model, RecordKinds.RISK_CRITERIA, "criteria.html", "Risk criteria", "6.1.1");
        if (model.defaultCriteria() && !model.loaded(RecordKinds.RISK).isEmpty()) {
            providers.computeIfAbsent("6.1.1", key -> new ArrayList<>())
                    .add(SiteLinks.to("criteria.html", "Risk criteria (built-in default)"));
        }
        add(providers, model, RecordKinds.RISK, "risks.html", "Risk register", "6.1.2", "8.2");
        add(providers, model, RecordKinds.CONTROL, "soa.html", "Statement of Applicability", "6.1.3");
        add(providers, model, RecordKinds.TREATMENT_ACTION, "treatment.html", "Risk treatment plan", "6.1.3", "8.3");
        add(providers, model, RecordKinds.IMPACT_ASSESSMENT, "impact-assessments.html", "Impact assessments", "6.1.4",
                "8.4");
        add(providers, model, RecordKinds.EVIDENCE, "evidence.html", "Evidence index", "7.5.1");
        add(providers, model, RecordKinds.OBJECTIVE, "performance.html#objectives", "AI objectives", "6.2");
        add(providers, model, RecordKinds.MONITORING, "performance.html#monitoring", "Monitoring and measurement",
                "9.1");
        add(providers, model, RecordKinds.AUDIT, "performance.html#audits", "Internal audits", "9.2.1", "9.2.2");
        add(providers, model, RecordKinds.MANAGEMENT_REVIEW, "performance.html#reviews", "Management reviews",
                "9.3.1", "9.3.2", "9.3.3");
        add(providers, model, RecordKinds.NONCONFORMITY, "performance.html#nonconformities",
                "Nonconformities and corrective actions", "10.2");
        return providers;
    }

    private static void add(Map<String, List<String>> providers, AimsModel model, RecordKind<?> kind, String page,
            String label, String... clauses) {
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
