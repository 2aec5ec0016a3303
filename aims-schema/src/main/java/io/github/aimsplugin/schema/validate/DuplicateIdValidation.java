package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Ids are unique per kind across the project; so are role ids and interested-party ids. Names both places. */
final class DuplicateIdValidation implements ModelValidation {

    static final String RULE = "duplicate-id";

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (LoadedRecord record : context.model().records()) {
            if (record.origin().organisation()) {
                continue; // a service record reusing an organisation id: OrganisationRecordsValidation names both
            }
            SourceLocation first = seen.putIfAbsent(record.kind().name() + "\0" + record.id(), record.locate("/id"));
            if (first != null) {
                report.accept(new Problem(record.locate("/id"), record.kind().name(), record.id(),
                        "duplicate " + record.kind().name() + " id '" + record.id() + "', first declared at " + first
                                + "; give each record its own id or merge the two",
                        RULE, null));
            }
        }
        nested(context, RecordKinds.POLICY.name(), "/roles", "role", report);
        nested(context, RecordKinds.SCOPE.name(), "/interestedParties", "interested party", report);
    }

    private static void nested(ValidationContext context, String kind, String listPointer, String what,
            Consumer<Problem> report) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (LoadedRecord record : context.model().records()) {
            if (!record.kind().name().equals(kind)) {
                continue;
            }
            JsonNode list = record.source().root().at(listPointer);
            for (int i = 0; i < list.size(); i++) {
                JsonNode id = list.get(i).get("id");
                if (id == null || !id.isTextual()) {
                    continue;
                }
                SourceLocation here = record.locate(listPointer + "/" + i + "/id");
                SourceLocation first = seen.putIfAbsent(id.asText(), here);
                if (first != null) {
                    report.accept(new Problem(here, kind, record.id(), "duplicate " + what + " id '" + id.asText()
                            + "', first declared at " + first + "; " + what + " ids must be unique across the project",
                            RULE, null));
                }
            }
        }
    }
}
