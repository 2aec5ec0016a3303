package io.github.aimsplugin.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.BundledRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organisation's released records a service's scaffold builds on ({@code aims.organisation}): the scaffold leaves
 * out the records the organisation owns (Scope, Policy, RiskCriteria, the Statement of Applicability), names one of
 * its roles as owner, and takes no id the organisation already uses (rule organisation-record).
 *
 * @param coordinates the organisation release, {@code groupId:artifactId:version}; empty: no organisation
 * @param ids the ids of the organisation's records
 * @param roles the role ids of the organisation's policies, in their order
 */
public record OrganisationRecords(String coordinates, Set<String> ids, List<String> roles) {

    /** The role the scaffold names when the organisation defines it (the role of a scaffold without one). */
    static final String DEFAULT_ROLE = "ai-governance-lead";

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";

    public OrganisationRecords {
        ids = Set.copyOf(ids);
        roles = List.copyOf(roles);
    }

    /** A project that holds its whole AIMS itself. */
    public static OrganisationRecords none() {
        return new OrganisationRecords("", Set.of(), List.of());
    }

    /** The organisation's records as read from its bundle (untrusted: only ids are taken, never shown unmasked). */
    public static OrganisationRecords of(String coordinates, List<BundledRecord> records) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> roles = new ArrayList<>();
        for (BundledRecord record : records) {
            ids.add(record.id());
            if ("Policy".equals(record.kind())) {
                for (JsonNode role : record.content().path("roles")) {
                    String id = role.path("id").asText("");
                    // written into systems.yaml: only an id as the schema allows one, never other bundle text
                    if (id.matches(ID) && !roles.contains(id)) {
                        roles.add(id);
                    }
                }
            }
        }
        return new OrganisationRecords(coordinates, ids, roles);
    }

    public boolean present() {
        return !coordinates.isEmpty();
    }

    /** The owner the scaffold writes: the default role when the organisation defines it (or none), else its first. */
    String owner() {
        return roles.isEmpty() || roles.contains(DEFAULT_ROLE) ? DEFAULT_ROLE : roles.get(0);
    }

    /** An id the organisation does not use: the proposed one, else with a numbered suffix. */
    String freeId(String proposed) {
        String id = proposed;
        for (int n = 2; ids.contains(id); n++) {
            id = proposed + "-" + n;
        }
        return id;
    }
}
