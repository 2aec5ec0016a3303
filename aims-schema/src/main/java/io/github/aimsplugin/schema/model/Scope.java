package io.github.aimsplugin.schema.model;

import java.util.List;

/** Clause 4: context, interested parties, AIMS scope and the organisation's AI roles. */
public record Scope(
        String id,
        String organisation,
        String statement,
        List<String> boundaries,
        List<Exclusion> exclusions,
        List<String> aiRoles,
        List<String> internalIssues,
        List<String> externalIssues,
        List<InterestedParty> interestedParties) implements AimsRecord {

    public record Exclusion(String item, String reason) {}

    public record InterestedParty(String id, String name, String type, List<String> requirements) {}

    public Scope {
        boundaries = Lists.of(boundaries);
        exclusions = Lists.of(exclusions);
        aiRoles = Lists.of(aiRoles);
        internalIssues = Lists.of(internalIssues);
        externalIssues = Lists.of(externalIssues);
        interestedParties = Lists.of(interestedParties);
    }
}
