package io.github.aimsplugin.check.report;

import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.DocumentText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, so that CI servers show each rule as a test case: a rule with new errors fails, a rule turned off is
 * skipped, warnings and baselined violations are listed in the case's output.
 */
public final class JunitReport {

    private JunitReport() {}

    public static void write(Path file, CheckResult result, Baseline.Comparison comparison) throws IOException {
        Files.createDirectories(file.getParent());
        List<Violation> fresh = comparison.fresh();
        long failures = result.rules().stream().filter(outcome -> fresh.stream().anyMatch(
                v -> v.rule().equals(outcome.rule().id()) && v.level() == Level.ERROR)).count();
        long skipped = result.rules().stream().filter(outcome -> outcome.level() == Level.OFF).count();
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "aims-check");
            xml.writeAttribute("tests", String.valueOf(result.rules().size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(skipped));
            for (CheckResult.RuleOutcome outcome : result.rules()) {
                writeCase(xml, outcome, fresh, comparison.tolerated());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, CheckResult.RuleOutcome outcome, List<Violation> fresh,
            List<Violation> tolerated) throws XMLStreamException {
        String rule = outcome.rule().id();
        List<Violation> errors = fresh.stream().filter(v -> v.rule().equals(rule) && v.level() == Level.ERROR).toList();
        List<Violation> others = fresh.stream().filter(v -> v.rule().equals(rule) && v.level() != Level.ERROR).toList();
        List<Violation> known = tolerated.stream().filter(v -> v.rule().equals(rule)).toList();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "aims");
        xml.writeAttribute("name", DocumentText.xml(rule));
        xml.writeAttribute("time", "0");
        if (outcome.level() == Level.OFF) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", "rule turned off");
        } else if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", DocumentText.xml(rule));
            xml.writeAttribute("message", DocumentText.xml(errors.size() + " violation" + (errors.size() == 1 ? ""
                    : "s") + ": " + outcome.rule().description()));
            xml.writeCharacters(text(lines(errors)));
            xml.writeEndElement();
        }
        if (!others.isEmpty() || !known.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(lines(others) + (known.isEmpty() ? "" : "Baselined:\n" + lines(known))));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The text as XML 1.0 allows it, with a note when a character had to be replaced. */
    private static String text(String lines) {
        String fit = DocumentText.xml(lines);
        return fit.equals(lines) ? lines : fit + "(characters XML 1.0 does not allow are shown as U+FFFD)\n";
    }

    private static String lines(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        violations.forEach(violation -> text.append(violation.format()).append('\n'));
        return text.toString();
    }
}
