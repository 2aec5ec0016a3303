package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.model.Metric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A JUnit XML report (as Surefire and Failsafe write it): a test case's outcome, 1 when it passed and 0 when it failed
 * or erred, or a number in a {@code <property>}. A report with a DOCTYPE is refused, so no entity is ever expanded
 * and nothing outside the file is fetched.
 */
final class JunitMetricFormat implements MetricFormat {

    @Override
    public Object parse(byte[] content) throws MetricException {
        return document(content);
    }

    @Override
    public double select(Object parsed, Metric metric) throws MetricException {
        Document document = (Document) parsed;
        return metric.test() != null ? outcome(document, metric.test()) : property(document, metric.property());
    }

    private static double outcome(Document document, String test) throws MetricException {
        int hash = test.indexOf('#');
        String className = hash < 0 ? test : test.substring(0, hash);
        String method = hash < 0 ? null : test.substring(hash + 1);
        List<Element> cases = new ArrayList<>();
        NodeList all = document.getElementsByTagName("testcase");
        for (int i = 0; i < all.getLength(); i++) {
            Element testCase = (Element) all.item(i);
            String name = testCase.getAttribute("name");
            if (testCase.getAttribute("classname").equals(className)
                    && (method == null || name.equals(method) || name.startsWith(method + "("))) {
                cases.add(testCase);
            }
        }
        if (cases.isEmpty()) {
            throw new MetricException("has no test case " + Excerpts.authored(test));
        }
        boolean ran = false;
        for (Element testCase : cases) {
            if (has(testCase, "failure") || has(testCase, "error")) {
                return 0;
            }
            ran |= !has(testCase, "skipped");
        }
        if (!ran) {
            throw new MetricException("test " + Excerpts.authored(test) + " was skipped, so it measured nothing");
        }
        return 1;
    }

    private static double property(Document document, String name) throws MetricException {
        NodeList properties = document.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return MetricNumbers.parse(property.getAttribute("value"), "property " + Excerpts.authored(name));
            }
        }
        throw new MetricException("has no property " + Excerpts.authored(name));
    }

    private static boolean has(Element testCase, String child) {
        return testCase.getElementsByTagName(child).getLength() > 0;
    }

    private static Document document(byte[] content) throws MetricException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no messages on stderr; errors arrive as exceptions
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            // the parser's own message quotes the file (an element name, an attribute): only where it broke
            String message = String.valueOf(e.getMessage()).contains("DOCTYPE")
                    ? ": a DOCTYPE is not allowed in a JUnit report (entities are never expanded)" : "";
            throw new MetricException(MetricException.at(e.getLineNumber(), e.getColumnNumber())
                    + "malformed XML" + message);
        } catch (SAXException | IOException e) {
            throw new MetricException("malformed XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
