package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Expands pointer patterns such as {@code /treatment/controls/*} into the concrete pointers present in a tree. */
final class Pointers {

    record Match(String pointer, JsonNode node) {}

    private Pointers() {}

    static List<Match> expand(JsonNode root, String pattern) {
        List<Match> matches = new ArrayList<>();
        String[] segments = pattern.substring(1).split("/");
        walk(root, segments, 0, "", matches);
        return matches;
    }

    private static void walk(JsonNode node, String[] segments, int index, String pointer, List<Match> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (index == segments.length) {
            out.add(new Match(pointer, node));
            return;
        }
        String segment = segments[index];
        if ("*".equals(segment)) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), segments, index + 1, pointer + "/" + i, out);
                }
            }
        } else if (node.isObject()) {
            walk(node.get(segment), segments, index + 1, pointer + "/" + segment, out);
        }
    }
}
