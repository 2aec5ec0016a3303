package io.github.aimsplugin.schema.catalog;

import java.util.List;
import java.util.Optional;

/** ISO/IEC 42001 Annex A: objectives A.2 to A.10 (A.6 as A.6.1 and A.6.2) and their 38 controls. */
public record AnnexA(List<Objective> objectives) {

    public record Objective(String id, String parent, String title, List<Control> controls) {}

    /** A reference control; the title is this project's own short wording. */
    public record Control(String id, String title, boolean documented) {}

    public List<Control> controls() {
        return objectives.stream().flatMap(objective -> objective.controls().stream()).toList();
    }

    public List<String> controlIds() {
        return controls().stream().map(Control::id).toList();
    }

    public Optional<Control> control(String id) {
        return controls().stream().filter(control -> control.id().equals(id)).findFirst();
    }

    public Optional<Objective> objectiveOf(String controlId) {
        return objectives.stream()
                .filter(objective -> objective.controls().stream().anyMatch(c -> c.id().equals(controlId)))
                .findFirst();
    }
}
