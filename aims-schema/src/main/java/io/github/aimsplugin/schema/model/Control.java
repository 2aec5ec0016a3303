package io.github.aimsplugin.schema.model;

import java.util.List;

/** One Statement of Applicability decision; the id is the Annex A control id. */
public record Control(
        String id,
        boolean applicable,
        String justification,
        String status,
        String owner,
        List<String> risks,
        List<String> impactAssessments,
        List<String> interestedParties,
        List<String> policies,
        List<String> evidence,
        String implementation) implements AimsRecord {

    public Control {
        risks = Lists.of(risks);
        impactAssessments = Lists.of(impactAssessments);
        interestedParties = Lists.of(interestedParties);
        policies = Lists.of(policies);
        evidence = Lists.of(evidence);
    }
}
