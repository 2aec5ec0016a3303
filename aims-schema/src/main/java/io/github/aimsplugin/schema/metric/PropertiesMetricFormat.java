package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A number under a key of a Java properties file (read as UTF-8). */
final class PropertiesMetricFormat implements MetricFormat {

    @Override
    public Object parse(byte[] content) throws MetricException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new MetricException("malformed properties (a \\u escape that is not four hexadecimal digits)");
        }
        return properties;
    }

    @Override
    public double select(Object parsed, Metric metric) throws MetricException {
        String value = ((Properties) parsed).getProperty(metric.key());
        if (value == null) {
            throw new MetricException("has no key " + Excerpts.authored(metric.key()));
        }
        return MetricNumbers.parse(value, "the value of key " + Excerpts.authored(metric.key()));
    }

    @Override
    public String text(Object parsed, Metric metric, String selector) throws MetricException {
        String value = ((Properties) parsed).getProperty(selector);
        if (value == null) {
            throw new MetricException("has no key '" + selector + "'");
        }
        return value;
    }
}
