package io.github.aimsplugin.schema.validate;

import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A service checked against its organisation's records ({@code aims.organisation}) builds on them and does not
 * redefine them: no record of the service may carry the id of an organisation record (any kind; both places are
 * named), and the kinds that exist once per AIMS (clauses 4.3, 5.2, 5.3, 6.1.1, 6.1.3, 9.2, 9.3) are the
 * organisation's alone. A service adds its systems, risks, impact assessments, treatment actions, evidence,
 * objectives, monitoring and nonconformities.
 */
final class OrganisationRecordsValidation implements ModelValidation {

    static final String RULE = "organisation-record";

    /** One scope, one policy with the roles, one set of criteria, one SoA, one audit programme and review. */
    static final List<RecordKind<?>> ORGANISATION_ONLY = List.of(RecordKinds.SCOPE, RecordKinds.POLICY,
            RecordKinds.RISK_CRITERIA, RecordKinds.CONTROL, RecordKinds.AUDIT, RecordKinds.MANAGEMENT_REVIEW);

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        Map<String, LoadedRecord> organisation = new LinkedHashMap<>();
        for (LoadedRecord record : context.model().records()) {
            if (record.origin().organisation()) {
                organisation.putIfAbsent(record.id(), record);
            }
        }
        if (organisation.isEmpty()) {
            return;
        }
        String coordinates = organisation.values().iterator().next().origin().module();
        for (LoadedRecord record : context.model().records()) {
            if (record.origin().organisation() || record.origin().isReleased()) {
                continue;
            }
            LoadedRecord theirs = organisation.get(record.id());
            if (theirs != null) {
                report.accept(Problem.inRecord(record.locate("/id"), record.kind().name(), record.id(),
                        "redefines the organisation's " + theirs.kind().name() + " '" + theirs.id() + "' ("
                                + theirs.location() + " in " + coordinates + "); the organisation's records are"
                                + " read-only here: give this record its own id, or change the organisation's record"
                                + " in the governance repository and release it", RULE));
            } else if (ORGANISATION_ONLY.contains(record.kind())) {
                report.accept(Problem.inRecord(record.locate("/kind"), record.kind().name(), record.id(),
                        what(record.kind()) + " belongs to the organisation (" + coordinates + "), not to a service:"
                                + " remove it here and propose it to the governance repository; a service adds its"
                                + " AI systems, risks, impact assessments, treatment actions, evidence, objectives,"
                                + " monitoring and nonconformities", RULE));
            }
        }
    }

    private static String what(RecordKind<?> kind) {
        if (kind.equals(RecordKinds.CONTROL)) {
            return "a Statement of Applicability decision (Control)";
        }
        return "a " + kind.name();
    }
}
