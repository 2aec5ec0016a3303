package io.github.aimsplugin.schema.model;

import java.util.List;

/** Clauses 5.2 and 5.3: the AI policy, its approval and review interval, and the roles. */
public record Policy(
        String id,
        String title,
        String statement,
        List<String> commitments,
        Approval approval,
        int reviewIntervalMonths,
        List<Role> roles) implements AimsRecord {

    /** A role with its responsibilities and authorities; other records name it as owner. */
    public record Role(String id, String title, String holder, List<String> responsibilities, List<String> authorities) {
        public Role {
            responsibilities = Lists.of(responsibilities);
            authorities = Lists.of(authorities);
        }
    }

    public Policy {
        commitments = Lists.of(commitments);
        roles = Lists.of(roles);
    }
}
