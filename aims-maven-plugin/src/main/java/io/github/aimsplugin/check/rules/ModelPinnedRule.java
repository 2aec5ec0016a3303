package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.CodeCatalog;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Model names in the code are pinned: a moving alias ({@code gpt-4o}, {@code *-latest}), where the provider also
 * offers dated versions, lets the provider change the model without a change in the code, a significant change
 * nobody assessed. The aliases are data: ai-code.yaml movingModels, or the build's {@code aims.movingModels}, which
 * replaces them, with {@code aims.additionalMovingModels} added and {@code aims.notMovingModels} exempt
 * (CheckSettings).
 */
public final class ModelPinnedRule implements Rule {

    public static final String ID = "model-pinned";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.CODE_SCAN);
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String description() {
        return "Model names in the code are dated versions, not moving aliases the provider may repoint.";
    }

    @Override
    public String documentation() {
        return "A silent model upgrade behind a moving alias is a significant change nobody assessed (clause 8.4)."
                + " Model names found in the code or its configuration that match the catalog of moving aliases"
                + " (gpt-4o, *-latest, ...) are reported; pin the dated version the provider offers. The catalog is"
                + " data: <additionalMovingModels> (aims.additionalMovingModels) adds to it, <notMovingModels>"
                + " (aims.notMovingModels) exempts names from it, <movingModels> (aims.movingModels) replaces it.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<String> movingModels = context.settings().movingModels();
        List<String> notMoving = context.settings().notMovingModels();
        Set<String> reported = new HashSet<>();
        for (ModelNameUse model : context.code().scan().models()) {
            if (!model.resolved() || CodeCatalog.movingAlias(notMoving, model.name()).isPresent()
                    || !reported.add(model.where() + "|" + model.name())) {
                continue;
            }
            CodeCatalog.movingAlias(movingModels, model.name()).ifPresent(alias -> report.accept(violation(
                    new SourceLocation(model.file(), Math.max(1, model.line()), 1), "Model", model.name(),
                    "model " + model.name() + " (" + model.expression() + ") is a moving alias (" + alias
                            + "): the provider can change the model behind it without a change here",
                    "use a dated version the provider offers (a name with its release date) and list it in the"
                            + " system's models",
                    "alias:" + model.name())));
        }
    }
}
