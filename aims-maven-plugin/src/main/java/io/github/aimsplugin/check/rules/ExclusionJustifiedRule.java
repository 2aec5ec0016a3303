package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.Control;
import java.util.Locale;
import java.util.function.Consumer;

/** Clause 6.1.3: an excluded control needs a real reason, not "N/A". */
public final class ExclusionJustifiedRule implements Rule {

    @Override
    public String id() {
        return "exclusion-justified";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "An excluded control has a justification that is not a placeholder and has enough words.";
    }

    @Override
    public String documentation() {
        return "Auditors often find a Statement of Applicability treated as a checkbox: controls excluded with"
                + " \"N/A\" or \"TBD\". Clause 6.1.3 asks for the justification of each exclusion.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        int minimum = context.settings().minJustificationWords();
        for (Control control : context.model().all(RecordKinds.CONTROL)) {
            if (control.applicable()) {
                continue;
            }
            String text = control.justification().strip();
            String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/ ]", " ").replaceAll("\\s+", " ")
                    .strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            String problem = null;
            String cause = null;
            if (context.settings().placeholders().contains(normalised)) {
                problem = "is excluded with the placeholder \"" + text + "\" instead of a reason";
                cause = "placeholder";
            } else if (words < minimum) {
                problem = "is excluded with a justification of " + words + " word" + (words == 1 ? "" : "s")
                        + ", fewer than " + minimum;
                cause = "too-short";
            }
            if (problem != null) {
                report.accept(violation(context.locate(control, "/justification"), RecordKinds.CONTROL.name(),
                        control.id(), "control " + control.id() + " " + problem,
                        "say why the control does not apply to this organisation and its AI systems, in at least "
                                + minimum + " words",
                        cause));
            }
        }
    }
}
