package io.github.aimsplugin.schema.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.model.Metric;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricReaderTest {

    @TempDir
    Path module;

    private final MetricReader reader = new MetricReader();

    private static Metric json(String source, String pointer) {
        return metric(source, "json", pointer, null, null, null, null, null, null);
    }

    private static Metric metric(String source, String format, String pointer, String test, String property,
            String column, String row, Metric.Where where, String key) {
        return new Metric("m", null, source, format, pointer, test, property, column, row, where, key, null,
                new Metric.Threshold(0.8, null, null), null, List.of());
    }

    private void write(String path, String content) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private String problem(Metric metric) {
        MetricReading reading = reader.read(module, metric);
        assertThat(reading.isMeasured()).as("reading %s", reading).isFalse();
        return reading.problem();
    }

    @Test
    void readsANumberByJsonPointer() throws IOException {
        write("target/m/eval.json", "{\"fairness\": {\"approvalRateRatio\": 0.74}, \"auc\": 0.81}");
        assertThat(reader.read(module, json("target/m/eval.json", "/fairness/approvalRateRatio")).value())
                .isEqualTo(0.74);
        assertThat(reader.read(module, json("target/m/eval.json", "/auc")).value()).isEqualTo(0.81);
    }

    @Test
    void jsonProblemsAreLocatedAndNamed() throws IOException {
        write("target/bad.json", "{\n  \"a\": 0.7,\n  \"b\": \n}");
        assertThat(problem(json("target/bad.json", "/a"))).startsWith("target/bad.json: line 4, column 1: malformed JSON");
        write("target/text.json", "{\"a\": \"high\", \"b\": [1], \"big\": 1e400}");
        assertThat(problem(json("target/text.json", "/a")))
                .isEqualTo("target/text.json: the value at '/a' is a text of 4 characters, not shown, not a number");
        assertThat(problem(json("target/text.json", "/b"))).contains("is an array, not a number");
        assertThat(problem(json("target/text.json", "/c"))).isEqualTo("target/text.json: holds no value at '/c'");
        assertThat(problem(json("target/text.json", "/big"))).contains("is Infinity, not a finite number");
        write("target/nan.json", "{\"a\": NaN}");
        assertThat(problem(json("target/nan.json", "/a"))).contains("malformed JSON");
    }

    @Test
    void aMissingSourceIsMissingNotInvalid() {
        MetricReading reading = reader.read(module, json("target/none.json", "/a"));
        assertThat(reading.status()).isEqualTo(MetricReading.Status.MISSING);
        assertThat(reading.problem()).isEqualTo("target/none.json does not exist");
    }

    @Test
    void sourcesOutsideTheModuleAreRefused(@TempDir Path outside) throws IOException {
        assertThat(problem(json("../x.json", "/a"))).contains("lies outside the project directory");
        Files.writeString(outside.resolve("x.json"), "{\"a\": 1}");
        Files.createDirectories(module.resolve("target"));
        Files.createSymbolicLink(module.resolve("target/link.json"), outside.resolve("x.json"));
        assertThat(problem(json("target/link.json", "/a"))).contains("is a link to a place outside the project");
    }

    @Test
    void aSourceOverTheLimitIsRefusedUnread() throws IOException {
        Files.createDirectories(module.resolve("target"));
        try (RandomAccessFile file = new RandomAccessFile(module.resolve("target/huge.json").toFile(), "rw")) {
            file.setLength(MetricReader.MAX_BYTES + 1); // sparse: all zero bytes, which no parser would accept
        }
        assertThat(problem(json("target/huge.json", "/a"))).contains("more than the limit of 16777216 bytes");
    }

    @Test
    void junitGivesATestsOutcomeOrAProperty() throws IOException {
        write("target/surefire-reports/TEST-x.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.x.EvalTest" tests="3">
                  <properties><property name="auc" value="0.83"/><property name="note" value="n/a"/></properties>
                  <testcase classname="com.x.EvalTest" name="fair"/>
                  <testcase classname="com.x.EvalTest" name="accurate"><failure message="no"/></testcase>
                  <testcase classname="com.x.EvalTest" name="later"><skipped/></testcase>
                </testsuite>
                """);
        String source = "target/surefire-reports/TEST-x.xml";
        assertThat(reader.read(module, junit(source, "com.x.EvalTest#fair", null)).value()).isEqualTo(1.0);
        assertThat(reader.read(module, junit(source, "com.x.EvalTest#accurate", null)).value()).isEqualTo(0.0);
        assertThat(reader.read(module, junit(source, "com.x.EvalTest", null)).value()).isEqualTo(0.0);
        assertThat(reader.read(module, junit(source, null, "auc")).value()).isEqualTo(0.83);
        assertThat(problem(junit(source, null, "note"))).contains("property 'note' is a text of 3 characters, not shown, not a number");
        assertThat(problem(junit(source, "com.x.EvalTest#later", null))).endsWith("was skipped, so it measured nothing");
        assertThat(problem(junit(source, "com.x.Other#fair", null))).endsWith("has no test case 'com.x.Other#fair'");
    }

    @Test
    void junitWithADoctypeIsRefusedAndNoEntityIsExpanded(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "0.99");
        write("target/xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY s SYSTEM \"file://"
                + outside.resolve("secret.txt") + "\">]>\n<testsuite><properties><property name=\"auc\" value=\"&s;\"/>"
                + "</properties></testsuite>");
        String problem = problem(junit("target/xxe.xml", null, "auc"));
        assertThat(problem).startsWith("target/xxe.xml: line 2").contains("a DOCTYPE is not allowed").doesNotContain("0.99");
        write("target/broken.xml", "<testsuite><testcase></testsuite>");
        assertThat(problem(junit("target/broken.xml", null, "auc"))).startsWith("target/broken.xml: line 1")
                .contains("malformed XML");
    }

    private static Metric junit(String source, String test, String property) {
        return metric(source, "junit", null, test, property, null, null, null, null);
    }

    @Test
    void csvSelectsAColumnAndARow() throws IOException {
        write("target/drift.csv", "cohort,psi,auc\n2026-09,0.04,0.80\n2026-10,0.09,0.82\n2026-11,0.31,0.79\n");
        String source = "target/drift.csv";
        assertThat(reader.read(module, csv(source, "psi", null, null)).value()).isEqualTo(0.31);
        assertThat(reader.read(module, csv(source, "psi", "1", null)).value()).isEqualTo(0.04);
        assertThat(reader.read(module, csv(source, "auc", null, new Metric.Where("cohort", "2026-10"))).value())
                .isEqualTo(0.82);
        assertThat(problem(csv(source, "gini", null, null))).endsWith("has no column 'gini' in its header (line 1, 3 columns; the column names must"
                        + " match exactly, case and spaces included)");
        assertThat(problem(csv(source, "psi", "9", null))).endsWith("has 3 data rows, not 9");
        assertThat(problem(csv(source, "psi", "3000000000", null)))
                .endsWith("row '3000000000' is not a row number (1 to 3), 'last' or a where selection");
        assertThat(problem(csv(source, "cohort", null, null))).contains("row 3 of column 'cohort' is a text of 7 characters, not shown, not a number");
        write("target/nan.csv", "psi\nNaN\n");
        assertThat(problem(csv("target/nan.csv", "psi", null, null))).contains("is a text of 3 characters, not shown, not a number");
        write("target/ragged.csv", "a,b\n1\n");
        assertThat(problem(csv("target/ragged.csv", "a", null, null))).contains("malformed CSV");
    }

    @Test
    void aCsvOfMoreRowsThanAMetricNeedsIsRefusedBeforeItFillsTheHeap() throws IOException {
        write("target/huge.csv", "v\n" + "1\n".repeat(CsvMetricFormat.MAX_ROWS + 1));
        assertThat(problem(csv("target/huge.csv", "v", "last", null)))
                .endsWith("has more than " + CsvMetricFormat.MAX_ROWS + " data rows; export a summary (the latest"
                        + " values) for the build to read");
        write("target/enough.csv", "v\n" + "1\n".repeat(CsvMetricFormat.MAX_ROWS));
        assertThat(reader.read(module, csv("target/enough.csv", "v", "last", null)).value()).isEqualTo(1.0);
    }

    private static Metric csv(String source, String column, String row, Metric.Where where) {
        return metric(source, "csv", null, null, null, column, row, where, null);
    }

    @Test
    void propertiesByKey() throws IOException {
        write("target/m.properties", "# evaluation\nauc=0.83\ngini = Infinity\n");
        assertThat(reader.read(module, props("auc")).value()).isEqualTo(0.83);
        assertThat(problem(props("gini"))).contains("the value of key 'gini' is a text of 8 characters, not shown, not a number");
        assertThat(problem(props("psi"))).endsWith("has no key 'psi'");
    }

    private static Metric props(String key) {
        return metric("target/m.properties", "properties", null, null, null, null, null, null, key);
    }

    @Test
    void eachSourceIsParsedOnceAndAMalformedOneFailsEveryMetricOfIt() throws IOException {
        write("target/bad.json", "{");
        assertThat(problem(json("target/bad.json", "/a"))).contains("malformed JSON");
        assertThat(problem(json("target/bad.json", "/b"))).contains("malformed JSON");
        write("target/bad.json", "{\"a\": 1, \"b\": 2}");
        assertThat(reader.read(module, json("target/bad.json", "/b")).isMeasured())
                .as("one reader is one build's read: it does not see the file change").isFalse();
        assertThat(new MetricReader().read(module, json("target/bad.json", "/b")).value()).isEqualTo(2.0);
    }

    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String OPENAI_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void noMessageShowsAValueACellOrAHeaderOfTheSource() throws IOException {
        write(".env", "AWS_ACCESS_KEY_ID=" + AWS_KEY + "\nAWS_SECRET_ACCESS_KEY=" + AWS_SECRET + "\n");
        String env = problem(metric(".env", "properties", null, null, null, null, null, null, "AWS_ACCESS_KEY_ID"));
        assertThat(env).isEqualTo(".env: the value of key 'AWS_ACCESS_KEY_ID' is a value shaped like a key (AWS API key"
                + " AKIA****… (20 characters)), not shown, not a number (a plain decimal such as 0.93 is expected)");
        assertThat(problem(metric(".env", "properties", null, null, null, null, null, null, "AWS_SECRET_ACCESS_KEY")))
                .contains("a text of 40 characters, not shown").doesNotContain("wJalr");

        write("target/k.json", "{\"k\": \"" + OPENAI_KEY + "\", \"t\": true}");
        assertThat(problem(json("target/k.json", "/k"))).contains("shaped like a key (OpenAI API key sk-").doesNotContain("abcdef");
        assertThat(problem(json("target/k.json", "/t"))).contains("is a boolean, not a number");
        write("target/token.json", "{\"a\": " + OPENAI_KEY + "}");
        assertThat(problem(json("target/token.json", "/a"))).isEqualTo("target/token.json: line 1, column 7: malformed"
                + " JSON");

        StringBuilder header = new StringBuilder("c0");
        for (int i = 1; i < 20_000; i++) {
            header.append(",c").append(i).append(AWS_SECRET, 0, 8);
        }
        write("target/wide.csv", header + "\n" + "1,".repeat(19_999) + "1\n");
        String wide = problem(csv("target/wide.csv", "auc", null, null));
        assertThat(wide).hasSizeLessThan(200).contains("20000 columns").doesNotContain("wJalr");
        write("target/ragged.csv", "a\n1," + OPENAI_KEY + "\n");
        assertThat(problem(csv("target/ragged.csv", "a", null, null))).doesNotContain("abcdef");
        write("target/key.csv", "k\n" + OPENAI_KEY + "\n");
        assertThat(problem(csv("target/key.csv", "k", null, null))).doesNotContain("abcdef");

        write("target/TEST-k.xml", "<testsuite><properties><property name=\"api\" value=\"" + OPENAI_KEY
                + "\"/></properties><" + OPENAI_KEY + "></testsuite>");
        assertThat(problem(junit("target/TEST-k.xml", null, "api"))).startsWith("target/TEST-k.xml: line 1")
                .endsWith("malformed XML").doesNotContain("abcdef");
        write("target/TEST-p.xml", "<testsuite><properties><property name=\"api\" value=\"" + OPENAI_KEY
                + "\"/></properties></testsuite>");
        assertThat(problem(junit("target/TEST-p.xml", null, "api"))).contains("shaped like a key (OpenAI API key sk-")
                .doesNotContain("abcdef");
    }

    @Test
    void whatTheAuthorWroteIsQuotedShortAndOnOneLine() throws IOException {
        write("target/m.properties", "auc=0.83\n");
        String problem = problem(metric("target/m.properties", "properties", null, null, null, null, null, null,
                "line\n[INFO] BUILD SUCCESS " + "x".repeat(500)));
        assertThat(problem).doesNotContain("\n").contains("'line\\n[INFO] BUILD SUCCESS xxx").hasSizeLessThan(120);
        String keyAtTheCut = problem(metric("target/m.properties", "properties", null, null, null, null, null, null,
                "x".repeat(50) + OPENAI_KEY));
        assertThat(keyAtTheCut).doesNotContain("sk-proj-abcdefghij").contains("'<OpenAI API key sk-****");
    }
}
