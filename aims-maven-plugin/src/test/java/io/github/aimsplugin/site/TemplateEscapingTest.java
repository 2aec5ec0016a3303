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
            "link", "systemLink", "systemsLinks", "controlsLinks", "risksLinks", "evidenceLinks", "recordLink",
            "nonconformityLink", "providedBy", "anchor", "source",
            "decisionClass", "statusClass", "kindClass",
            "matrix", "inherentHeatMap", "residualHeatMap", "soaChart", "riskChart",
            "title", "titleText", "body", "docinfoHeader", "docinfoFooter");

    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{\\s*([^}\\s]+)\\s*}}}|\\{\\{&\\s*([^}\\s]+)\\s*}}");

    @Test
    void everyUnescapedValueIsOnTheAllowList() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".mustache")).sorted().toList();
        }
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

    @Test
    void theScanCatchesARecordValue() {
        Matcher tag = UNESCAPED.matcher("|{{{status}}} |{{& owner}}");
        List<String> names = new ArrayList<>();
        while (tag.find()) {
            names.add(tag.group(1) != null ? tag.group(1) : tag.group(2));
        }
        assertThat(names).containsExactly("status", "owner").noneMatch(COMPUTED_MARKUP::contains);
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
