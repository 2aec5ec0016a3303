package io.github.aimsplugin.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Control;
import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability as an OSCAL 1.1.2 component definition: one {@code process-procedure} component for
 * the AI management system, whose control implementation holds a requirement per Annex A decision (applicability,
 * status, justification, owner, evidence links), and one component per AI system. A component definition rather than
 * an SSP because an SSP also needs an imported profile, system characteristics and an authorization boundary that an
 * AIMS does not have; GRC tools import component definitions to pre-fill their own SSPs. UUIDs are name-based
 * (version 5) and the date comes from the caller: the same records give the same bytes.
 */
public final class OscalComponentDefinition {

    public static final String OSCAL_VERSION = "1.1.2";

    /** Where our own property names are defined (OSCAL requires a namespace for names it does not define). */
    public static final String NS = "https://github.com/aimsplugin/aims-maven-plugin/ns/oscal";

    /** The standard whose Annex A the decisions are about: OSCAL wants a URI for the control source. */
    static final String SOURCE = "https://www.iso.org/standard/81230.html";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final AimsModel model;
    private final AnnexA annexA;
    private final String project;
    private final io.github.aimsplugin.build.CodeEvidence code;

    private OscalComponentDefinition(AimsModel model, AnnexA annexA, String project,
            io.github.aimsplugin.build.CodeEvidence code) {
        this.model = model;
        this.annexA = annexA;
        this.project = project;
        this.code = code;
    }

    /**
     * @param project the project's name (groupId:artifactId), which also seeds the UUIDs
     * @param version the project's version
     * @param lastModified an RFC 3339 date-time with a zone, e.g. from project.build.outputTimestamp
     */
    public static byte[] write(AimsModel model, AnnexA annexA, String project, String version, String lastModified) {
        return write(model, annexA, project, version, lastModified, null);
    }

    /** The same, each AI system linked to the source files that use AI and the models found in its code. */
    public static byte[] write(AimsModel model, AnnexA annexA, String project, String version, String lastModified,
            io.github.aimsplugin.build.CodeEvidence code) {
        return new OscalComponentDefinition(model, annexA, project, code).document(version, lastModified);
    }

    private byte[] document(String version, String lastModified) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode definition = root.putObject("component-definition");
        definition.put("uuid", Uuids.nameBased(project + "/component-definition"));
        ObjectNode metadata = definition.putObject("metadata");
        metadata.put("title", line("AI management system of " + organisation() + ": ISO/IEC 42001 Annex A"));
        metadata.put("last-modified", lastModified);
        metadata.put("version", version == null || version.isBlank() ? "unversioned" : version.strip());
        metadata.put("oscal-version", OSCAL_VERSION);
        ArrayNode roles = JSON.createArrayNode();
        for (Policy.Role role : model.roles()) {
            roles.addObject().put("id", Tokens.of(role.id())).put("title", line(role.title()));
        }
        if (!roles.isEmpty()) {
            metadata.set("roles", roles);
        }
        ArrayNode components = definition.putArray("components");
        components.add(managementSystem());
        for (AISystem system : model.all(RecordKinds.AI_SYSTEM)) {
            components.add(system(system));
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode managementSystem() {
        ObjectNode component = JSON.createObjectNode();
        component.put("uuid", Uuids.nameBased(project + "/aims"));
        component.put("type", "process-procedure");
        component.put("title", line("AI management system (" + organisation() + ")"));
        component.put("description", model.all(RecordKinds.SCOPE).stream().map(Scope::statement)
                .filter(text -> text != null && !text.isBlank()).findFirst()
                .orElse("The AI management system described by the AIMS records of " + project + "."));
        ArrayNode implementations = component.putArray("control-implementations");
        ObjectNode implementation = implementations.addObject();
        implementation.put("uuid", Uuids.nameBased(project + "/aims/soa"));
        implementation.put("source", SOURCE);
        implementation.put("description", "Statement of Applicability: the decision on each Annex A control of"
                + " ISO/IEC 42001:2023, with its justification, implementation status and evidence.");
        ArrayNode requirements = implementation.putArray("implemented-requirements");
        Map<String, Control> decisions = model.all(RecordKinds.CONTROL).stream()
                .collect(Collectors.toMap(Control::id, Function.identity(), (first, second) -> first));
        for (AnnexA.Control control : annexA.controls()) {
            Control decision = decisions.get(control.id());
            if (decision != null) {
                requirements.add(requirement(control, decision));
            }
        }
        if (requirements.isEmpty()) {
            // OSCAL requires at least one requirement; without decisions there is no implementation to state.
            component.remove("control-implementations");
        }
        return component;
    }

    private ObjectNode requirement(AnnexA.Control control, Control decision) {
        ObjectNode requirement = JSON.createObjectNode();
        requirement.put("uuid", Uuids.nameBased(project + "/aims/soa/" + control.id()));
        requirement.put("control-id", control.id().toLowerCase(java.util.Locale.ROOT));
        String text = decision.applicable()
                ? firstNonBlank(decision.implementation(), decision.justification(), "Applicable; no description.")
                : "Excluded: " + firstNonBlank(decision.justification(), "no justification recorded.");
        requirement.put("description", text);
        ArrayNode props = requirement.putArray("props");
        prop(props, "label", control.id(), NS);
        prop(props, "applicability", decision.applicable() ? "applicable" : "excluded", NS);
        prop(props, "implementation-status", decision.applicable()
                ? firstNonBlank(decision.status(), "undecided", null) : "not-applicable", NS);
        if (decision.applicable() && decision.justification() != null && !decision.justification().isBlank()) {
            prop(props, "justification", line(decision.justification()), NS);
        }
        ArrayNode links = JSON.createArrayNode();
        for (String id : decision.evidence()) {
            model.all(RecordKinds.EVIDENCE).stream().filter(evidence -> evidence.id().equals(id)).findFirst()
                    .ifPresent(evidence -> link(links, evidence));
        }
        if (!links.isEmpty()) {
            requirement.set("links", links);
        }
        if (decision.owner() != null && !decision.owner().isBlank()) {
            requirement.putArray("responsible-roles").addObject().put("role-id", Tokens.of(decision.owner()));
        }
        return requirement;
    }

    private ObjectNode system(AISystem system) {
        ObjectNode component = JSON.createObjectNode();
        component.put("uuid", Uuids.nameBased(project + "/system/" + system.id()));
        component.put("type", "internal".equals(system.provenance()) ? "software" : "service");
        component.put("title", line(system.name()));
        component.put("description", system.purpose());
        ArrayNode props = component.putArray("props");
        prop(props, "ai-system-id", system.id(), NS);
        prop(props, "provenance", system.provenance(), NS);
        prop(props, "lifecycle-stage", system.lifecycleStage(), NS);
        prop(props, "in-scope", system.inScope() ? "yes" : "no", NS);
        if (system.supplier() != null && system.supplier().name() != null) {
            prop(props, "supplier", line(system.supplier().name()), NS);
        }
        Set<String> models = new LinkedHashSet<>();
        system.models().forEach(m -> models.add(m.version() == null ? m.name() : m.name() + " " + m.version()));
        models.forEach(name -> prop(props, "model", line(name), NS));
        if (code != null && code.scan().scanned()) {
            Set<String> found = new java.util.TreeSet<>();
            code.modelsOf(system).stream().filter(io.github.aimsplugin.code.ModelNameUse::resolved)
                    .forEach(use -> found.add(use.name()));
            found.forEach(name -> prop(props, "model-in-code", line(name), NS));
            Set<String> files = new java.util.TreeSet<>();
            code.usesOf(system).forEach(use -> files.add(use.file()));
            ArrayNode links = JSON.createArrayNode();
            for (String file : files) {
                try {
                    links.addObject().put("href", new URI(null, null, file, null).toASCIIString())
                            .put("rel", "ai-use").put("text", line("AI use in " + file));
                } catch (URISyntaxException e) {
                    // Not expressible as a link; the use site is still on the site and in the bundle.
                }
            }
            if (!links.isEmpty()) {
                component.set("links", links);
            }
        }
        if (system.owner() != null) {
            component.putArray("responsible-roles").addObject().put("role-id", Tokens.of(system.owner()));
        }
        return component;
    }

    private static void link(ArrayNode links, Evidence evidence) {
        String href = evidence.url() != null ? evidence.url() : evidence.file();
        try {
            // Files are relative references; spaces and other characters must be percent-encoded in a URI.
            String reference = evidence.url() != null ? new URI(href).toString()
                    : new URI(null, null, href.replace('\\', '/'), null).toASCIIString();
            links.addObject().put("href", reference).put("rel", "evidence").put("text", line(evidence.title()));
        } catch (URISyntaxException e) {
            // Not expressible as a link; the evidence is still listed on the site.
        }
    }

    private static void prop(ArrayNode props, String name, String value, String ns) {
        if (value == null || value.isBlank()) {
            return;
        }
        ObjectNode prop = props.addObject().put("name", name);
        if (ns != null) {
            prop.put("ns", ns);
        }
        prop.put("value", line(value));
    }

    private String organisation() {
        List<Scope> scopes = model.all(RecordKinds.SCOPE);
        return scopes.isEmpty() || scopes.get(0).organisation() == null ? project : scopes.get(0).organisation();
    }

    /** OSCAL one-line strings: no line breaks, no leading or trailing space. */
    static String line(String text) {
        String collapsed = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? "-" : collapsed;
    }

    private static String firstNonBlank(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        if (second != null && !second.isBlank()) {
            return second.strip();
        }
        return fallback;
    }

    private static String firstNonBlank(String first, String fallback) {
        return firstNonBlank(first, null, fallback);
    }
}
