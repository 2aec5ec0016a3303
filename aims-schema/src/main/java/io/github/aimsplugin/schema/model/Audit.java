package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** Clause 9.2: one audit of the audit programme, with its scope, criteria, auditor and findings. */
public record Audit(
        String id,
        String type,
        String programme,
        String scope,
        List<String> criteria,
        Auditor auditor,
        List<String> auditedAreas,
        LocalDate plannedOn,
        LocalDate conductedOn,
        String status,
        List<Finding> findings,
        String report) implements AimsRecord {

    /** Who audited, and whether they are independent of the audited area. */
    public record Auditor(String name, String organisation, boolean independent) {}

    /** A finding, tied to a clause or an Annex A control, and the nonconformity raised for it. */
    public record Finding(String id, String type, String clause, String control, String description,
            String nonconformity) {}

    public Audit {
        criteria = Lists.of(criteria);
        auditedAreas = Lists.of(auditedAreas);
        findings = Lists.of(findings);
    }

    public boolean internal() {
        return "internal".equals(type);
    }
}
