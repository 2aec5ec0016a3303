package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A system whose code calls a remote model of an SDK names that model somewhere (in the code or its configuration).
 * A use that names none runs the SDK's default model, which the SDK may change in any upgrade: the least pinned model
 * of all.
 */
public final class ModelNamedRule implements Rule {

    public static final String ID = "model-named";

    /** The families that call a model; tools, MCP, tokenizers and plain clients name none of their own. */
    private static final Set<String> MODEL_FAMILIES = Set.of("chat", "embedding", "image", "audio", "moderation");

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
        return "The code of an AISystem that calls a remote model names it, in the code or in its configuration.";
    }

    @Override
    public String documentation() {
        return "A model the code does not name is the SDK's default model: it changes when the SDK is upgraded, with"
                + " no change in the code and no record of it, a significant change nobody assessed (A.6.2.2, 8.2)."
                + " For each SDK a system's code calls a remote model of (chat, embedding, image, audio, moderation),"
                + " at least one model name (resolved or computed) must be found in the system's code or the"
                + " module's configuration keys.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<AISystem> systems = context.model().all(RecordKinds.AI_SYSTEM).stream().filter(AISystem::inScope)
                .toList();
        for (AISystem system : systems) {
            List<ModelNameUse> models = context.code().modelsOf(system);
            Map<String, UseSite> firstBySdk = new LinkedHashMap<>();
            for (UseSite use : context.code().usesOf(system)) {
                if (!use.local() && MODEL_FAMILIES.contains(use.family())) {
                    firstBySdk.putIfAbsent(use.sdk(), use);
                }
            }
            firstBySdk.forEach((sdk, use) -> {
                if (models.stream().noneMatch(model -> model.sdk().equals(sdk))) {
                    report.accept(violation(new SourceLocation(use.file(), Math.max(1, use.line()), 1), "AISystem",
                            system.id(), use.where() + " calls " + sdk + " " + use.family() + " (" + use.api() + " in "
                                    + use.className() + ") and no model is named in " + system.id() + "'s code or"
                                    + " configuration: it runs the SDK's default model, which can change with any"
                                    + " SDK upgrade",
                            "name a dated model in the code or in the SDK's configuration key (docs/code-scan.md"
                                    + " lists them) and declare it in " + system.id() + "'s models",
                            "default-model:" + sdk));
                }
            });
        }
    }
}
