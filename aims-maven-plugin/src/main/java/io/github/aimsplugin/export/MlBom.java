package io.github.aimsplugin.export;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Risk;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment;

/**
 * A CycloneDX 1.6 ML-BOM built with cyclonedx-core-java: one {@code machine-learning-model} component per model of
 * each AI system (or per system when it lists none), with a model card whose considerations come from the records —
 * users and use cases from the system and its impact assessment, ethical considerations from its risks with their
 * treatment, fairness assessments from the impacts. No serial number or timestamp: same records, same bytes.
 */
public final class MlBom {

    private MlBom() {}

    public static byte[] write(AimsModel model, String project, String version) {
        return write(model, project, version, null);
    }

    /**
     * The ML-BOM with the models found in the code: a declared model the code calls carries where
     * ({@code aims:foundInCode}); a model the code calls that the system does not declare is listed too, marked
     * {@code aims:source = code}.
     */
    public static byte[] write(AimsModel model, String project, String version,
            io.github.aimsplugin.build.CodeEvidence code) {
        Bom bom = new Bom();
        Metadata metadata = new Metadata();
        // Metadata stamps the current time; leave it out so that the same records give the same bytes.
        metadata.setTimestamp(null);
        Component application = new Component();
        application.setType(Component.Type.APPLICATION);
        application.setName(project);
        application.setVersion(version);
        application.setBomRef("application");
        metadata.setComponent(application);
        bom.setMetadata(metadata);
        List<Component> components = new ArrayList<>();
        for (AISystem system : model.all(RecordKinds.AI_SYSTEM)) {
            List<AISystem.Model> models = system.models().isEmpty()
                    ? List.of(new AISystem.Model(system.name(), null, null,
                            system.supplier() == null ? null : system.supplier().name()))
                    : system.models();
            for (AISystem.Model aiModel : models) {
                components.add(component(model, system, aiModel));
            }
            if (code != null && code.scan().scanned()) {
                components.addAll(CodeModels.found(system, code, components, found -> component(model, system,
                        found)));
            }
        }
        bom.setComponents(components);
        try {
            return (BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneratorException e) {
            throw new IllegalStateException("CycloneDX could not write the ML-BOM: " + e.getMessage(), e);
        }
    }

    private static Component component(AimsModel model, AISystem system, AISystem.Model aiModel) {
        Component component = new Component();
        component.setType(Component.Type.MACHINE_LEARNING_MODEL);
        component.setBomRef("model:" + system.id() + ":" + aiModel.name());
        component.setName(aiModel.name());
        component.setVersion(aiModel.version());
        component.setDescription(system.purpose());
        if (aiModel.supplier() != null) {
            OrganizationalEntity supplier = new OrganizationalEntity();
            supplier.setName(aiModel.supplier());
            component.setSupplier(supplier);
        }
        List<ImpactAssessment> assessments = model.all(RecordKinds.IMPACT_ASSESSMENT).stream()
                .filter(ia -> ia.system().equals(system.id())).toList();
        Considerations considerations = new Considerations();
        considerations.setUsers(nonEmpty(system.affectedParties()));
        List<String> useCases = new ArrayList<>();
        useCases.add(system.purpose());
        assessments.forEach(ia -> useCases.addAll(ia.intendedUses()));
        considerations.setUseCases(useCases);
        List<String> limitations = new ArrayList<>();
        assessments.forEach(ia -> ia.foreseeableMisuse().forEach(misuse -> limitations.add("Foreseeable misuse: "
                + misuse)));
        considerations.setTechnicalLimitations(nonEmpty(limitations));
        considerations.setEthicalConsiderations(nonEmpty(ethical(model, system)));
        List<FairnessAssessment> fairness = new ArrayList<>();
        for (ImpactAssessment ia : assessments) {
            for (ImpactAssessment.Impact impact : ia.impacts()) {
                FairnessAssessment assessment = new FairnessAssessment();
                assessment.setGroupAtRisk(impact.affects());
                if ("positive".equals(impact.kind())) {
                    assessment.setBenefits(impact.description());
                } else {
                    assessment.setHarms(impact.description());
                }
                assessment.setMitigationStrategy(impact.measures().isEmpty() ? null
                        : String.join("; ", impact.measures()));
                fairness.add(assessment);
            }
        }
        considerations.setFairnessAssessments(nonEmpty(fairness));
        ModelCard card = new ModelCard();
        card.setConsiderations(considerations);
        List<Property> properties = new ArrayList<>();
        properties.add(property("aims:system", system.id()));
        properties.add(property("aims:lifecycleStage", system.lifecycleStage()));
        properties.add(property("aims:provenance", system.provenance()));
        assessments.forEach(ia -> properties.add(property("aims:impactAssessment", ia.id())));
        card.setProperties(properties);
        component.setModelCard(card);
        return component;
    }

    /** The system's risks, each with its treatment as the mitigation strategy. */
    private static List<org.cyclonedx.model.component.modelCard.consideration.Risk> ethical(AimsModel model,
            AISystem system) {
        List<org.cyclonedx.model.component.modelCard.consideration.Risk> ethical = new ArrayList<>();
        for (Risk risk : model.all(RecordKinds.RISK)) {
            if (risk.systems().contains(system.id())) {
                org.cyclonedx.model.component.modelCard.consideration.Risk item =
                        new org.cyclonedx.model.component.modelCard.consideration.Risk();
                item.setName(risk.id() + ": " + risk.title());
                item.setMitigationStrategy(risk.treatment().option()
                        + (risk.treatment().controls().isEmpty() ? "" : " with controls "
                                + String.join(", ", risk.treatment().controls()))
                        + (risk.treatment().rationale() == null ? "" : ": " + risk.treatment().rationale()));
                ethical.add(item);
            }
        }
        return ethical;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }

    private static <T> List<T> nonEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
