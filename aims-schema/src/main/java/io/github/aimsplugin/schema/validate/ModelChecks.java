package io.github.aimsplugin.schema.validate;

import java.util.List;

/** The semantic checks, in the order they run. New checks are added here; each is one class. */
public final class ModelChecks {

    private ModelChecks() {}

    /** Fresh instances for one validation run. */
    public static List<ModelCheck> all() {
        return List.of(new DuplicateIdCheck(), new ReferenceCheck(), new RiskCriteriaCheck(), new EvidenceCheck(),
                new PastDateCheck());
    }
}
