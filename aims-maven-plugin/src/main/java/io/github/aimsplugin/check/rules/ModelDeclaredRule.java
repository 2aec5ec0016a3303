package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The models the code calls are the models the inventory declares: every model name passed to an SDK in a system's
 * code (or configured for it) is one of that system's models, by name or alias, ignoring case.
 */
public final class ModelDeclaredRule implements Rule {

    public static final String ID = "model-declared";

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
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Every model name the code of an AISystem passes to an AI SDK is one of that system's models.";
    }

    @Override
    public String documentation() {
        return "A switch of model is a change of the AI system that its risk and impact assessments may not cover."
                + " The build reads the model names the code passes to an SDK (a constant given to modelName(...) or"
                + " model(...), an SDK model-name constant) and the well-known configuration keys; each must be the"
                + " name or an alias of a model of the system (case-insensitive). Computed names cannot be checked"
                + " and are shown on the site as unresolved.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<AISystem> systems = context.model().all(RecordKinds.AI_SYSTEM).stream().filter(AISystem::inScope)
                .toList();
        for (AISystem system : systems) {
            // Once per place and name: javac copies a finally block into each path out of its try, so the class
            // file may pass one source line's model twice.
            Set<String> reported = new HashSet<>();
            for (ModelNameUse model : context.code().modelsOf(system)) {
                if (!model.resolved() || system.models().stream().anyMatch(declared -> declared.calledBy(
                        model.name())) || !reported.add(model.where() + "|" + model.name())) {
                    continue;
                }
                List<String> declared = system.models().stream().map(AISystem.Model::name).toList();
                String file = model.file().contains("/") ? model.file().substring(model.file().lastIndexOf('/',
                        model.file().lastIndexOf('/') - 1) + 1) : model.file();
                report.accept(violation(new SourceLocation(model.file(), Math.max(1, model.line()), 1), "AISystem",
                        system.id(), file + ":" + model.line() + " calls model " + model.name() + " ("
                                + model.expression() + ", " + model.sdk() + "); " + system.id() + " declares "
                                + (declared.isEmpty() ? "no model" : String.join(", ", declared)),
                        "declare the model in " + system.id() + "'s models (or as an alias of one), and re-assess"
                                + " the system if the model changed",
                        "model:" + model.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }
}
