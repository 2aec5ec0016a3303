package io.github.aimsplugin.export;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;

/** The models the code of a system calls, for the ML-BOM: where declared ones are called, and the undeclared ones. */
final class CodeModels {

    private CodeModels() {}

    /**
     * Marks the system's declared components with where the code calls them and returns components for the models
     * the code calls that the system does not declare.
     */
    static List<Component> found(AISystem system, CodeEvidence code, List<Component> components,
            Function<AISystem.Model, Component> component) {
        Map<String, ModelNameUse> byName = new LinkedHashMap<>();
        code.modelsOf(system).stream().filter(ModelNameUse::resolved)
                .forEach(use -> byName.putIfAbsent(use.name(), use));
        List<Component> undeclared = new ArrayList<>();
        for (ModelNameUse use : byName.values()) {
            AISystem.Model declared = system.models().stream().filter(m -> m.calledBy(use.name())).findFirst()
                    .orElse(null);
            if (declared != null) {
                String ref = "model:" + system.id() + ":" + declared.name();
                components.stream().filter(c -> ref.equals(c.getBomRef())).findFirst()
                        .ifPresent(c -> c.getModelCard().getProperties().add(property("aims:foundInCode",
                                use.name() + " at " + use.where())));
            } else {
                Component extra = component.apply(new AISystem.Model(use.name(), null, null,
                        system.supplier() == null ? null : system.supplier().name()));
                extra.setBomRef("code-model:" + system.id() + ":" + use.name());
                extra.getModelCard().getProperties().add(property("aims:source", "code"));
                extra.getModelCard().getProperties().add(property("aims:foundInCode", use.where()));
                undeclared.add(extra);
            }
        }
        return undeclared;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }
}
