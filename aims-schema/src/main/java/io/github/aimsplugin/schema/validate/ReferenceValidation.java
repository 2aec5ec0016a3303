package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.Reference;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Every reference a kind declares must name something that exists: a record of the right kind, a declared
 * role or interested party, or an id of the built-in Annex A and Annex C catalogs. Unknown names get a
 * "did you mean". A reference to a Control record ({@code Control/A.8.2}) names an Annex A control: it must be one
 * of the 38, but whether the Statement of Applicability decides on it is the business of the soa-complete rule, which
 * reports every control without a decision, referenced or not.
 */
final class ReferenceValidation implements ModelValidation {

    private final Map<String, Set<String>> idsByKind = new HashMap<>();
    private final Set<String> roles = new TreeSet<>();
    private final Set<String> interestedParties = new TreeSet<>();
    private final Map<Reference.Target, Set<String>> catalogIds = new java.util.EnumMap<>(Reference.Target.class);

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        index(context);
        for (LoadedRecord record : context.model().records()) {
            for (Reference reference : record.kind().references()) {
                for (Pointers.Match match : Pointers.expand(record.source().root(), reference.path())) {
                    if (match.node().isTextual()) {
                        verify(context.catalogs(), record, reference, match.pointer(), match.node().asText(), report);
                    }
                }
            }
        }
    }

    private void index(ValidationContext context) {
        for (LoadedRecord record : context.model().records()) {
            idsByKind.computeIfAbsent(record.kind().name(), kind -> new TreeSet<>()).add(record.id());
            JsonNode root = record.source().root();
            if (record.kind().equals(RecordKinds.POLICY)) {
                collectIds(root.path("roles"), roles);
            } else if (record.kind().equals(RecordKinds.SCOPE)) {
                collectIds(root.path("interestedParties"), interestedParties);
            }
        }
    }

    private static void collectIds(JsonNode list, Set<String> into) {
        list.forEach(item -> {
            if (item.path("id").isTextual()) {
                into.add(item.get("id").asText());
            }
        });
    }

    private void verify(Catalogs catalogs, LoadedRecord record, Reference reference, String pointer, String value,
            Consumer<Problem> report) {
        if (names(catalogs, reference, value)) {
            return; // nearly every reference: no field path, message or copy of a catalog's ids is made for it
        }
        String field = FieldPaths.display(pointer);
        String control = controlNamed(reference, value);
        if (control != null) {
            List<String> ids = catalogs.annexA().controlIds();
            if (!ids.contains(control)) {
                String prefix = value.substring(0, value.length() - control.length());
                report.accept(new Problem(record.locate(pointer), record.kind().name(), record.id(), field + " '"
                        + value + "' names no ISO/IEC 42001 Annex A control (A.2.2 to A.10.4, 38 in all)"
                        + hint(value, ids.stream().map(id -> prefix + id).toList()), "unknown-control", null));
            }
            return;
        }
        String message = switch (reference.target()) {
            case RECORD -> unknownRecord(field, reference.targetKind(), value);
            case ROLE -> roles.contains(value) ? null : field + " '" + value
                    + "' is not a role declared under 'roles' of a Policy record" + hint(value, roles);
            case INTERESTED_PARTY -> interestedParties.contains(value) ? null : field + " '" + value
                    + "' is not an interested party declared in a Scope record" + hint(value, interestedParties);
            case ANY_RECORD -> unknownAnyRecord(field, value);
            case ANNEX_A_CONTROL -> unknownCatalogEntry(field, value, catalogs.annexA().controlIds(),
                    "an ISO/IEC 42001 Annex A control (A.2.2 to A.10.4, 38 in all)");
            case ANNEX_C_OBJECTIVE -> unknownCatalogEntry(field, value, catalogs.annexC().objectiveIds(),
                    "an Annex C objective (C.2.1 to C.2.11)");
            case ANNEX_C_RISK_SOURCE -> unknownCatalogEntry(field, value, catalogs.annexC().riskSourceIds(),
                    "an Annex C risk source (C.3.1 to C.3.7)");
            case CLAUSE -> unknownCatalogEntry(field, value, catalogs.clauses().ids(),
                    "an ISO/IEC 42001 clause (4.1 to 10.2, with sub-clauses such as 6.1.2 or 9.2.2)");
        };
        if (message != null) {
            report.accept(new Problem(record.locate(pointer), record.kind().name(), record.id(), message,
                    ruleFor(reference.target()), null));
        }
    }

    /** Whether the reference names something that exists: exactly when the checks below report nothing. */
    private boolean names(Catalogs catalogs, Reference reference, String value) {
        String control = controlNamed(reference, value);
        if (control != null) {
            return catalogIds(catalogs, Reference.Target.ANNEX_A_CONTROL).contains(control);
        }
        return switch (reference.target()) {
            case RECORD -> idsByKind.getOrDefault(reference.targetKind(), Set.of()).contains(value);
            case ROLE -> roles.contains(value);
            case INTERESTED_PARTY -> interestedParties.contains(value);
            case ANY_RECORD -> {
                int slash = value.indexOf('/');
                String kind = slash < 0 ? "" : value.substring(0, slash);
                yield slash >= 0 && RecordKinds.byName(kind).isPresent()
                        && idsByKind.getOrDefault(kind, Set.of()).contains(value.substring(slash + 1));
            }
            case ANNEX_A_CONTROL, ANNEX_C_OBJECTIVE, ANNEX_C_RISK_SOURCE, CLAUSE ->
                    catalogIds(catalogs, reference.target()).contains(value);
        };
    }

    /** A catalog's ids as a set, made once per validation (the catalogs make a new list on every call). */
    private Set<String> catalogIds(Catalogs catalogs, Reference.Target target) {
        return catalogIds.computeIfAbsent(target, kind -> new HashSet<>(switch (kind) {
            case ANNEX_C_OBJECTIVE -> catalogs.annexC().objectiveIds();
            case ANNEX_C_RISK_SOURCE -> catalogs.annexC().riskSourceIds();
            case CLAUSE -> catalogs.clauses().ids();
            default -> catalogs.annexA().controlIds();
        }));
    }

    /** The control id a reference to a Control record names ({@code A.8.2} of {@code Control/A.8.2}), or null. */
    private static String controlNamed(Reference reference, String value) {
        String kind = RecordKinds.CONTROL.name();
        if (reference.target() == Reference.Target.RECORD && kind.equals(reference.targetKind())) {
            return value;
        }
        if (reference.target() == Reference.Target.ANY_RECORD && value.startsWith(kind + "/")) {
            return value.substring(kind.length() + 1);
        }
        return null;
    }

    private String unknownRecord(String field, String kind, String id) {
        Set<String> known = idsByKind.getOrDefault(kind, Set.of());
        if (known.contains(id)) {
            return null;
        }
        return field + " names " + kind + " '" + id + "', which is not declared" + hint(id, known)
                + (known.isEmpty() ? " (the project has no " + kind + " records yet)" : "");
    }

    private String unknownAnyRecord(String field, String value) {
        int slash = value.indexOf('/');
        String kind = value.substring(0, slash);
        if (RecordKinds.byName(kind).isEmpty()) {
            return field + " '" + value + "' names an unknown kind '" + kind + "'"
                    + Suggestions.didYouMean(kind, RecordKinds.names()) + "; write Kind/id, e.g. Control/A.6.2.4";
        }
        return unknownRecord(field, kind, value.substring(slash + 1));
    }

    private static String unknownCatalogEntry(String field, String value, List<String> ids, String what) {
        if (ids.contains(value)) {
            return null;
        }
        return field + " '" + value + "' is not " + what + hint(value, ids);
    }

    private static String hint(String value, Collection<String> candidates) {
        return Suggestions.didYouMean(value, candidates);
    }

    private static String ruleFor(Reference.Target target) {
        return switch (target) {
            case ROLE -> "unknown-role";
            case ANNEX_A_CONTROL -> "unknown-control";
            case ANNEX_C_OBJECTIVE, ANNEX_C_RISK_SOURCE -> "unknown-annex-c";
            case CLAUSE -> "unknown-clause";
            default -> "unknown-reference";
        };
    }
}
