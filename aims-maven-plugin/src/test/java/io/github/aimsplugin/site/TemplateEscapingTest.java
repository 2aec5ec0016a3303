package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No record value reaches a page unescaped: every unescaped tag ({@code {{{name}}}} or {@code {{&name}}}) of the
 * built-in templates must name markup the plugin computes itself from escaped parts or fixed tables.
 */
class TemplateEscapingTest {

    private static final Path TEMPLATES = Path.of("../site-template/src/main/resources/aims/site/templates");

    /** Links, anchors and charts built by SiteLinks, SiteCharts and CssClasses; the HTML shell's converted body. */
    private static final Set<String> COMPUTED_MARKUP = Set.of(
            "link", "systemLink", "systemsLinks", "controlsLinks", "existingControlsLinks", "risksLinks",
            "evidenceLinks", "supportsLinks", "itemsLinks", "primaryLinks", "supportingLinks", "againstLink",
            "sourceLink", "recordLink", "nonconformityLink", "providedBy", "anchor", "source",
            "decisionClass", "statusClass", "kindClass", "kindLabel",
            "matrix", "inherentHeatMap", "residualHeatMap", "soaChart", "riskChart", "trendChart",
            "title", "titleText", "body", "docinfoHeader", "docinfoFooter");

    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{\\s*([^}\\s]+)\\s*}}}|\\{\\{&\\s*([^}\\s]+)\\s*}}");

    /** {@code {{name}}}, but not a section tag ({@code {{#x}}}, {@code {{/x}}}, {@code {{^x}}}, {@code {{>x}}}). */
    private static final Pattern ESCAPED = Pattern.compile("(?<!\\{)\\{\\{\\s*[^{}#/^>&!\\s][^}]*}}(?!})");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".mustache")).sorted().toList();
        }
    }

    @Test
    void everyUnescapedValueIsOnTheAllowList() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(18);
        List<String> offending = new ArrayList<>();
        int seen = 0;
        for (Path template : templates) {
            Matcher tag = UNESCAPED.matcher(Files.readString(template));
            while (tag.find()) {
                seen++;
                String name = tag.group(1) != null ? tag.group(1) : tag.group(2);
                if (!COMPUTED_MARKUP.contains(name)) {
                    offending.add(template.getFileName() + ": " + tag.group());
                }
            }
        }
        assertThat(seen).as("the scan finds the unescaped tags that exist").isGreaterThan(20);
        assertThat(offending).as("unescaped record values in templates").isEmpty();
    }

    /**
     * {@code {{value}}} is escaped for AsciiDoc, which is not enough in an HTML passthrough block ({@code ++++}),
     * where nothing is substituted: values there must be computed markup escaped for HTML ({@link UserText#html}).
     */
    @Test
    void noAsciiDocEscapedValueSitsInAnHtmlPassthroughBlock() throws IOException {
        List<String> offending = new ArrayList<>();
        int blocks = 0;
        for (Path template : templates()) {
            boolean inside = false;
            for (String line : Files.readAllLines(template)) {
                if (line.equals("++++")) {
                    inside = !inside;
                    blocks += inside ? 1 : 0;
                } else if (inside && ESCAPED.matcher(line).find()) {
                    offending.add(template.getFileName() + ": " + line.strip());
                }
            }
        }
        assertThat(blocks).as("the scan finds the passthrough blocks that exist").isGreaterThanOrEqualTo(6);
        assertThat(offending).isEmpty();
    }

    @Test
    void theScanCatchesARecordValue() {
        Matcher tag = UNESCAPED.matcher("|{{{status}}} |{{& owner}}");
        List<String> names = new ArrayList<>();
        while (tag.find()) {
            names.add(tag.group(1) != null ? tag.group(1) : tag.group(2));
        }
        assertThat(names).containsExactly("status", "owner").noneMatch(COMPUTED_MARKUP::contains);
        assertThat(ESCAPED.matcher("<option value=\"kind-{{kind}}\">").find()).isTrue();
        assertThat(ESCAPED.matcher("{{{matrix}}} {{#kinds}} {{/kinds}} {{^x}} {{> _header}}").find()).isFalse();
    }

    @Test
    void derivedClassNamesComeFromFixedTables() {
        assertThat(CssClasses.status("x]#pass:[<img src=x onerror=alert(1)>]# [.y")).isEqualTo("other");
        assertThat(CssClasses.status("partial")).isEqualTo("partial");
        assertThat(CssClasses.decision("applicable")).isEqualTo("applicable");
        assertThat(CssClasses.decision("a b")).isEqualTo("other");
        assertThat(CssClasses.kind("Risk")).isEqualTo("kind-Risk");
        assertThat(CssClasses.kind("Risk.x]#")).isEqualTo("kind-other");
    }
}
