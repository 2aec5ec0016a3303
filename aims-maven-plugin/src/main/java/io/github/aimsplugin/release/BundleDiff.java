package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two bundles, for the kinds an auditor asks about after a release: Statement of
 * Applicability decisions, risks (with their ratings), AI systems and impact assessments.
 */
public final class BundleDiff {

    public static final List<String> KINDS = List.of("Control", "Risk", "AISystem", "ImpactAssessment",
            CodeBundle.KIND);

    /** One difference: added, removed or changed, with what changed. */
    public record Difference(String kind, String id, String type, List<String> details) {
        public String line() {
            String sign = switch (type) {
                case "added" -> "+";
                case "removed" -> "-";
                default -> "~";
            };
            return io.github.aimsplugin.schema.LogText.escape(
                    sign + " " + kind + " " + id + (details.isEmpty() ? "" : ": " + String.join("; ", details)));
        }
    }

    private BundleDiff() {}

    public static List<Difference> between(Map<String, ModelBundle.Entry> before, Map<String, ModelBundle.Entry> after) {
        List<Difference> differences = new ArrayList<>();
        for (String kind : KINDS) {
            Set<String> ids = new TreeSet<>();
            before.values().stream().filter(e -> e.kind().equals(kind)).forEach(e -> ids.add(e.id()));
            after.values().stream().filter(e -> e.kind().equals(kind)).forEach(e -> ids.add(e.id()));
            for (String id : ids) {
                ModelBundle.Entry old = before.get(kind + "/" + id);
                ModelBundle.Entry now = after.get(kind + "/" + id);
                if (old == null) {
                    differences.add(new Difference(kind, id, "added", summary(kind, now.content())));
                } else if (now == null) {
                    differences.add(new Difference(kind, id, "removed", List.of()));
                } else if (!old.content().equals(now.content())) {
                    differences.add(new Difference(kind, id, "changed", changes(kind, old.content(), now.content())));
                }
            }
        }
        return differences;
    }

    private static List<String> summary(String kind, JsonNode content) {
        return switch (kind) {
            case "Control" -> List.of(decision(content));
            case "Risk" -> List.of("inherent " + rating(content.path("inherent")) + ", residual "
                    + rating(content.path("residual")));
            case CodeBundle.KIND -> List.of("models in code " + names(content.path("models")));
            default -> List.of();
        };
    }

    private static List<String> changes(String kind, JsonNode old, JsonNode now) {
        List<String> details = new ArrayList<>();
        if (kind.equals("Control") && !decision(old).equals(decision(now))) {
            details.add(decision(old) + " → " + decision(now));
        }
        if (kind.equals("Risk")) {
            for (String rating : List.of("inherent", "residual")) {
                if (!old.path(rating).equals(now.path(rating))) {
                    details.add(rating + " " + rating(old.path(rating)) + " → " + rating(now.path(rating)));
                }
            }
        }
        if (kind.equals(CodeBundle.KIND)) {
            // A model change in the code is what a release comparison must show.
            if (!old.path("models").equals(now.path("models"))) {
                details.add("models in code " + names(old.path("models")) + " → " + names(now.path("models")));
            }
            if (!old.path("apis").equals(now.path("apis"))) {
                details.add("AI APIs " + names(old.path("apis")) + " → " + names(now.path("apis")));
            }
            return details;
        }
        Set<String> fields = new TreeSet<>();
        collectFields(old, fields);
        collectFields(now, fields);
        List<String> changed = fields.stream().filter(field -> !old.path(field).equals(now.path(field))).toList();
        if (!changed.isEmpty()) {
            details.add("fields " + String.join(", ", changed));
        }
        return details;
    }

    private static String names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(name -> names.add(name.asText()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static void collectFields(JsonNode node, Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!node.get(name).isNull()) {
                fields.add(name);
            }
        }
    }

    private static String decision(JsonNode control) {
        boolean applicable = control.path("applicable").asBoolean(false);
        String status = control.path("status").asText("");
        return applicable ? "applicable" + (status.isEmpty() ? "" : ", " + status) : "excluded";
    }

    private static String rating(JsonNode rating) {
        return rating.isMissingNode() || rating.isNull() ? "none"
                : "likelihood " + rating.path("likelihood").asInt() + " severity " + rating.path("severity").asInt();
    }
}
