package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** One AI system of the inventory, linked to the code and the Maven dependencies that implement it. */
public record AISystem(
        String id,
        String name,
        String purpose,
        String owner,
        Boolean inScope,
        String lifecycleStage,
        String provenance,
        Supplier supplier,
        List<DataSource> dataSources,
        List<Model> models,
        String deploymentContext,
        List<String> affectedParties,
        Components components,
        LocalDate lastSignificantChange,
        NoSignificantRisk noSignificantRisk) implements AimsRecord {

    /** A justified, approved statement that the system carries no significant AI risk. */
    public record NoSignificantRisk(String justification, Approval approval) {}

    public record Supplier(String name, String contract, String contact) {}

    public record DataSource(String name, String description, Boolean personalData) {}

    /** @param aliases other names the code may call the model by, such as a dated version */
    public record Model(String name, String version, String type, String supplier, List<String> aliases) {
        public Model {
            aliases = Lists.of(aliases);
        }

        public Model(String name, String version, String type, String supplier) {
            this(name, version, type, supplier, List.of());
        }

        /** Whether the code's name for a model is this model: its name or an alias, ignoring case. */
        public boolean calledBy(String codeName) {
            return name.equalsIgnoreCase(codeName) || aliases.stream().anyMatch(codeName::equalsIgnoreCase);
        }
    }

    public record Components(List<String> code, List<String> dependencies) {
        public Components {
            code = Lists.of(code);
            dependencies = Lists.of(dependencies);
        }
    }

    public AISystem {
        inScope = inScope == null ? Boolean.TRUE : inScope;
        dataSources = Lists.of(dataSources);
        models = Lists.of(models);
        affectedParties = Lists.of(affectedParties);
        components = components == null ? new Components(List.of(), List.of()) : components;
    }

    public boolean isThirdParty() {
        return !"internal".equals(provenance);
    }
}
