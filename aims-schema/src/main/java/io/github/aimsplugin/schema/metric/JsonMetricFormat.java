package io.github.aimsplugin.schema.metric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;

/** A number in a JSON file, selected by a JSON Pointer. */
final class JsonMetricFormat implements MetricFormat {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public Object parse(byte[] content) throws MetricException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // the parser's own message quotes the file (an unrecognised token may be a key): only where it broke
            throw new MetricException(MetricException.at(at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr()) + "malformed JSON");
        } catch (IOException e) {
            throw new MetricException("cannot be read as JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new MetricException("is empty, not a JSON document");
        }
        return root;
    }

    @Override
    public double select(Object parsed, Metric metric) throws MetricException {
        JsonNode root = (JsonNode) parsed;
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(metric.pointer());
        } catch (IllegalArgumentException e) {
            throw new MetricException("pointer " + Excerpts.authored(metric.pointer())
                    + " is not a JSON Pointer (write /a/b/0, each step after a '/')");
        }
        JsonNode node = root.at(pointer);
        String what = "the value at " + Excerpts.authored(metric.pointer());
        if (node.isMissingNode()) {
            throw new MetricException("holds no value at " + Excerpts.authored(metric.pointer()));
        }
        if (!node.isNumber()) {
            throw new MetricException(what + " is " + describe(node) + ", not a number");
        }
        return MetricNumbers.finite(node.doubleValue(), what);
    }

    @Override
    public String text(Object parsed, Metric metric, String selector) throws MetricException {
        JsonNode node;
        try {
            node = ((JsonNode) parsed).at(JsonPointer.compile(selector));
        } catch (IllegalArgumentException e) {
            throw new MetricException("pointer '" + selector + "' is not a JSON Pointer");
        }
        if (!node.isTextual()) {
            throw new MetricException("holds no text at " + selector);
        }
        return node.asText();
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return Excerpts.found(node.asText());
        }
        if (node.isBoolean() || node.isNull()) {
            return node.isNull() ? "null" : "a boolean";
        }
        return node.isContainerNode() ? "an " + (node.isArray() ? "array" : "object") : "not a number";
    }
}
