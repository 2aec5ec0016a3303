package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The responsibilities page ({@code responsibilities.adoc.mustache}): each role of the AI policy (clause 5.3,
 * control A.3.2) with the records that name it as owner, and the risks it accepted, so that an auditor sees whether
 * the roles are allocated and who answers for an AI system, a risk or a control.
 */
record ResponsibilitiesPage(String title, List<RoleRow> roles, boolean hasRoles) {

    /**
     * A role and what it answers for, kind by kind.
     *
     * @param allocated whether any record names the role as owner or acceptor
     */
    record RoleRow(String id, String title, String holder, List<Owns> owns, boolean allocated) {}

    /** The records of a kind that name the role: AsciiDoc links (escaped), "—" when none. */
    record Owns(String label, String itemsLinks) {}

    static ResponsibilitiesPage of(SiteInput input, SiteLinks links) {
        AimsModel model = input.model();
        List<RoleRow> rows = model.roles().stream().map(role -> row(model, links, role)).toList();
        return new ResponsibilitiesPage("Responsibilities", rows, !rows.isEmpty());
    }

    private static RoleRow row(AimsModel model, SiteLinks links, Policy.Role role) {
        Owned owned = new Owned(model, links, role.id());
        owned.add("AI systems", RecordKinds.AI_SYSTEM, system -> system.owner());
        owned.add("Risks owned", RecordKinds.RISK, Risk::owner);
        owned.add("Risks accepted", RecordKinds.RISK,
                risk -> risk.acceptance() == null ? null : risk.acceptance().approvedBy());
        owned.add("Controls", RecordKinds.CONTROL, control -> control.owner());
        owned.add("Treatment actions", RecordKinds.TREATMENT_ACTION, action -> action.owner());
        owned.add("Objectives", RecordKinds.OBJECTIVE, objective -> objective.owner());
        owned.add("Monitoring", RecordKinds.MONITORING, monitoring -> monitoring.owner());
        return new RoleRow(role.id(), role.title(), Views.text(role.holder()), List.copyOf(owned.lines),
                owned.count > 0);
    }

    /** The records of one role, kind by kind, each in the order the AIMS lists them. */
    private static final class Owned {
        private final AimsModel model;
        private final SiteLinks links;
        private final String role;
        private final List<Owns> lines = new ArrayList<>();
        private int count;

        Owned(AimsModel model, SiteLinks links, String role) {
            this.model = model;
            this.links = links;
            this.role = role;
        }

        <R extends AimsRecord> void add(String label, RecordKind<R> kind, Function<R, String> named) {
            List<String> records = model.all(kind).stream().filter(r -> Objects.equals(role, named.apply(r)))
                    .map(r -> links.record(kind.name(), r.id())).toList();
            count += records.size();
            lines.add(new Owns(label, Views.joinedMarkup(records)));
        }
    }
}
