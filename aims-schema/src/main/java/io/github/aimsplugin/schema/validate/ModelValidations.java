package io.github.aimsplugin.schema.validate;

import java.util.List;

/** The semantic validations, in the order they run. New ones are added here; each is one class. ("Check" and "rule" are the vocabulary of aims:check in the plugin.) */
public final class ModelValidations {

    private ModelValidations() {}

    /** Fresh instances for one validation run. */
    public static List<ModelValidation> all() {
        return List.of(new DuplicateIdValidation(), new OrganisationRecordsValidation(), new ReferenceValidation(), new RiskCriteriaValidation(), new EvidenceValidation(),
                new PastDateValidation(), new MetricValidation());
    }
}
