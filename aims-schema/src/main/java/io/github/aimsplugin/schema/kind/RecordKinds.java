package io.github.aimsplugin.schema.kind;

import static io.github.aimsplugin.schema.kind.Reference.Target.ANNEX_A_CONTROL;
import static io.github.aimsplugin.schema.kind.Reference.Target.ANNEX_C_OBJECTIVE;
import static io.github.aimsplugin.schema.kind.Reference.Target.ANNEX_C_RISK_SOURCE;
import static io.github.aimsplugin.schema.kind.Reference.Target.ANY_RECORD;
import static io.github.aimsplugin.schema.kind.Reference.Target.CLAUSE;
import static io.github.aimsplugin.schema.kind.Reference.Target.INTERESTED_PARTY;
import static io.github.aimsplugin.schema.kind.Reference.Target.ROLE;
import static io.github.aimsplugin.schema.kind.Reference.to;
import static io.github.aimsplugin.schema.kind.Reference.toRecord;

import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Audit;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.ManagementReview;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Nonconformity;
import io.github.aimsplugin.schema.model.Objective;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import io.github.aimsplugin.schema.model.Scope;
import io.github.aimsplugin.schema.model.TreatmentAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The record kinds this version understands, in the order they are documented and counted. */
public final class RecordKinds {

    /** Classpath folder of the JSON Schemas; a stable path that editors and other tools may rely on. */
    public static final String SCHEMA_PATH = "aims/schemas/v1/";

    public static final RecordKind<Scope> SCOPE = new RecordKind<>("Scope", "scope.schema.json", Scope.class,
            List.of(), List.of());

    public static final RecordKind<Policy> POLICY = new RecordKind<>("Policy", "policy.schema.json", Policy.class,
            List.of(to("/approval/approvedBy", ROLE)),
            List.of("/approval/approvedOn"));

    public static final RecordKind<RiskCriteria> RISK_CRITERIA = new RecordKind<>("RiskCriteria",
            "risk-criteria.schema.json", RiskCriteria.class, List.of(), List.of());

    public static final RecordKind<AISystem> AI_SYSTEM = new RecordKind<>("AISystem", "ai-system.schema.json",
            AISystem.class,
            List.of(to("/owner", ROLE), to("/noSignificantRisk/approval/approvedBy", ROLE)),
            List.of("/lastSignificantChange", "/noSignificantRisk/approval/approvedOn"));

    public static final RecordKind<Risk> RISK = new RecordKind<>("Risk", "risk.schema.json", Risk.class,
            List.of(toRecord("/systems/*", "AISystem"),
                    to("/source", ANNEX_C_RISK_SOURCE),
                    to("/objectives/*", ANNEX_C_OBJECTIVE),
                    to("/existingControls/*", ANNEX_A_CONTROL),
                    to("/treatment/controls/*", ANNEX_A_CONTROL),
                    to("/owner", ROLE),
                    to("/acceptance/approvedBy", ROLE)),
            List.of("/assessedOn", "/acceptance/approvedOn"));

    public static final RecordKind<ImpactAssessment> IMPACT_ASSESSMENT = new RecordKind<>("ImpactAssessment",
            "impact-assessment.schema.json", ImpactAssessment.class,
            List.of(toRecord("/system", "AISystem"),
                    toRecord("/relatedRisks/*", "Risk"),
                    to("/assessedBy", ROLE),
                    to("/approval/approvedBy", ROLE)),
            List.of("/assessedOn", "/approval/approvedOn"));

    public static final RecordKind<Control> CONTROL = new RecordKind<>("Control", "control.schema.json",
            Control.class,
            List.of(to("/id", ANNEX_A_CONTROL),
                    to("/owner", ROLE),
                    toRecord("/risks/*", "Risk"),
                    toRecord("/impactAssessments/*", "ImpactAssessment"),
                    to("/interestedParties/*", INTERESTED_PARTY),
                    toRecord("/policies/*", "Policy"),
                    toRecord("/evidence/*", "Evidence")),
            List.of());

    public static final RecordKind<TreatmentAction> TREATMENT_ACTION = new RecordKind<>("TreatmentAction",
            "treatment-action.schema.json", TreatmentAction.class,
            List.of(toRecord("/risks/*", "Risk"),
                    to("/controls/*", ANNEX_A_CONTROL),
                    to("/owner", ROLE)),
            List.of("/completedOn"));

    public static final RecordKind<Evidence> EVIDENCE = new RecordKind<>("Evidence", "evidence.schema.json",
            Evidence.class,
            List.of(to("/supports/*", ANY_RECORD)),
            List.of("/collectedOn"));

    public static final RecordKind<Objective> OBJECTIVE = new RecordKind<>("Objective", "objective.schema.json",
            Objective.class,
            List.of(to("/owner", ROLE), toRecord("/systems/*", "AISystem"), to("/controls/*", ANNEX_A_CONTROL),
                    toRecord("/metrics/*/risks/*", "Risk")),
            List.of("/measured/on"));

    public static final RecordKind<Monitoring> MONITORING = new RecordKind<>("Monitoring", "monitoring.schema.json",
            Monitoring.class,
            List.of(to("/owner", ROLE), toRecord("/systems/*", "AISystem"), toRecord("/objectives/*", "Objective"),
                    to("/controls/*", ANNEX_A_CONTROL), toRecord("/metrics/*/risks/*", "Risk")),
            List.of("/lastResult/on"));

    public static final RecordKind<Audit> AUDIT = new RecordKind<>("Audit", "audit.schema.json", Audit.class,
            List.of(to("/findings/*/clause", CLAUSE), to("/findings/*/control", ANNEX_A_CONTROL),
                    toRecord("/findings/*/nonconformity", "Nonconformity")),
            List.of("/conductedOn"));

    public static final RecordKind<ManagementReview> MANAGEMENT_REVIEW = new RecordKind<>("ManagementReview",
            "management-review.schema.json", ManagementReview.class,
            List.of(to("/chair", ROLE), to("/decisions/*/owner", ROLE)),
            List.of("/heldOn"));

    public static final RecordKind<Nonconformity> NONCONFORMITY = new RecordKind<>("Nonconformity",
            "nonconformity.schema.json", Nonconformity.class,
            List.of(to("/sourceRecord", ANY_RECORD), to("/clause", CLAUSE), to("/control", ANNEX_A_CONTROL),
                    to("/correctiveActions/*/owner", ROLE), to("/effectiveness/reviewedBy", ROLE)),
            List.of("/raisedOn", "/closedOn", "/correctiveActions/*/completedOn", "/effectiveness/reviewedOn"));

    /** Every kind by name, in documented order; filled once, then read-only (no static mutable state). */
    private static final Map<String, RecordKind<?>> BY_NAME = byName(List.of(SCOPE, POLICY, RISK_CRITERIA,
            AI_SYSTEM, RISK, IMPACT_ASSESSMENT, CONTROL, TREATMENT_ACTION, EVIDENCE, OBJECTIVE, MONITORING, AUDIT,
            MANAGEMENT_REVIEW, NONCONFORMITY));

    private static Map<String, RecordKind<?>> byName(List<RecordKind<?>> kinds) {
        Map<String, RecordKind<?>> byName = new LinkedHashMap<>();
        kinds.forEach(kind -> byName.put(kind.name(), kind));
        return java.util.Collections.unmodifiableMap(byName);
    }

    private RecordKinds() {}

    public static List<RecordKind<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Optional<RecordKind<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
