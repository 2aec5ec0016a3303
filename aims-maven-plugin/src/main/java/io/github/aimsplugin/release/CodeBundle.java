package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The code part of a bundle ({@code "code"}): per AI system, the use sites and the model names the scan found, so
 * that a release carries which models its code called and {@code aims:diff} shows a model change. Absent when the
 * code was not scanned. Read back as one pseudo-record per system, kind {@code Code}.
 */
public final class CodeBundle {

    public static final String KIND = "Code";

    private CodeBundle() {}

    /** The code section, or null when nothing was scanned. */
    static ObjectNode node(CodeEvidence code, AimsModel model) {
        if (code == null || !code.scan().scanned()) {
            return null;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("classes", code.scan().classes());
        ArrayNode systems = root.putArray("systems");
        for (AISystem system : model.all(RecordKinds.AI_SYSTEM).stream()
                .sorted(java.util.Comparator.comparing(AISystem::id)).toList()) {
            ObjectNode entry = systems.addObject().put("system", system.id());
            TreeSet<String> names = new TreeSet<>();
            code.modelsOf(system).stream().filter(ModelNameUse::resolved).forEach(use -> names.add(use.name()));
            ArrayNode models = entry.putArray("models");
            names.forEach(models::add);
            ArrayNode uses = entry.putArray("useSites");
            for (UseSite use : code.usesOf(system)) {
                uses.addObject().put("class", use.className()).put("method", use.method()).put("file", use.file())
                        .put("line", use.line()).put("sdk", use.sdk()).put("family", use.family())
                        .put("api", use.api());
            }
        }
        return root;
    }

    /** One entry per system of a bundle's code section: its models and SDKs, what a release comparison shows. */
    static Map<String, ModelBundle.Entry> entries(JsonNode root) {
        Map<String, ModelBundle.Entry> entries = new LinkedHashMap<>();
        for (JsonNode system : root.path("code").path("systems")) {
            String id = system.path("system").asText();
            if (id.isEmpty()) {
                continue;
            }
            ObjectNode content = JsonNodeFactory.instance.objectNode();
            ArrayNode models = content.putArray("models");
            // A bundle released before model names were masked may hold a key where a model name goes.
            system.path("models").forEach(model -> models.add(io.github.aimsplugin.schema.Secrets.shown(model.asText())));
            TreeSet<String> sdks = new TreeSet<>();
            system.path("useSites").forEach(use -> sdks.add(use.path("sdk").asText() + " "
                    + use.path("family").asText()));
            ArrayNode apis = content.putArray("apis");
            sdks.forEach(apis::add);
            entries.put(KIND + "/" + id, new ModelBundle.Entry(KIND, id, "", content));
        }
        return entries;
    }
}
