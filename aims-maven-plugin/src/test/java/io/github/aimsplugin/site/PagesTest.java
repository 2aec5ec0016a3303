package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The page registry: every page has its template, every key of a template is a name of its view record. */
class PagesTest {

    static Stream<Arguments> templates() {
        List<Arguments> all = new ArrayList<>();
        Pages.SITE.forEach(page -> all.add(Arguments.of(page.name() + ".adoc.mustache", page.view())));
        Pages.RECORDS.forEach(page -> all.add(Arguments.of(page.template() + ".adoc.mustache", page.view())));
        all.add(Arguments.of("audit-pack.adoc.mustache", AuditPack.Pack.class));
        all.add(Arguments.of("_heat-map.svg.mustache", SiteCharts.Matrix.class));
        all.add(Arguments.of("_bars.svg.mustache", SiteCharts.Bars.class));
        all.add(Arguments.of("_trend.svg.mustache", TrendChart.Trend.class));
        all.add(Arguments.of(Navigation.TEMPLATE, Navigation.class));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyKeyOfTheTemplateIsANameOfItsView(String template, Class<?> view) {
        assertThat(TemplateKeys.problems(template, view)).isEmpty();
    }

    /** A page's view without the keys of its template: the check must name them (so the test above can fail). */
    record Incomplete(String title, List<Row> risks) {
        record Row(String link) {}
    }

    @Test
    void aKeyMissingFromTheViewIsNamed() {
        assertThat(TemplateKeys.problems("risks.adoc.mustache", Incomplete.class))
                .anyMatch(problem -> problem.contains("{{#cells}}"))
                .anyMatch(problem -> problem.contains("{{inherentLevel}}"))
                .noneMatch(problem -> problem.contains("{{title}}") || problem.contains("{{link}}"));
    }

    @Test
    void aPartOfAComposedViewIsSearched() {
        // The system page's history comes from its second part; its metrics from its third.
        assertThat(TemplateKeys.problems("system.adoc.mustache", RecordViews.SystemPage.class)).isEmpty();
        assertThat(TemplateKeys.problems("system.adoc.mustache", RecordViews.SystemView.class))
                .anyMatch(problem -> problem.contains("{{#hasHistory}}"))
                .anyMatch(problem -> problem.contains("{{#hasSystemMetrics}}"));
    }

    @Test
    void pageNamesAndRecordPrefixesAreUnique() {
        List<String> names = new ArrayList<>(Pages.SITE.stream().map(SitePage::name).toList());
        Pages.RECORDS.forEach(page -> names.add(page.prefix()));
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
        assertThat(Pages.RECORDS.stream().map(page -> page.kind().name()).distinct()).hasSize(Pages.RECORDS.size());
    }

    @Test
    void theNavigationListsTheRegistrysPagesInOrder() {
        String header = new SiteTemplates(null).html(Navigation.TEMPLATE, Navigation.of(Pages.navigation()));
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>").matcher(header);
        while (link.find()) {
            links.add(link.group(1) + " " + link.group(2));
        }
        assertThat(links).isNotEmpty().containsExactlyElementsOf(Pages.navigation().stream()
                .map(page -> page.target(null) + " " + page.label()).toList());
        assertThat(header).startsWith("<nav class=\"aims-nav\" aria-label=\"AIMS site\">\n  <a href=\"index.html\">")
                .endsWith("</a>\n</nav>\n").doesNotContain("\n\n");
    }

    @Test
    void theNavigationEscapesItsTextForHtml() {
        String header = new SiteTemplates(null).html(Navigation.TEMPLATE,
                new Navigation(List.of(new Navigation.Link("a.html?x=\"1\"", "Risks <b>&</b>"))));
        assertThat(header).contains("<a href=\"a.html?x&#61;&quot;1&quot;\">Risks &lt;b&gt;&amp;&lt;/b&gt;</a>")
                .doesNotContain("<b>");
    }

    @Test
    void theFingerprintListsEveryTemplateOnce() {
        List<String> resources = SiteWriter.builtInResources();
        assertThat(new HashSet<>(resources)).hasSameSizeAs(resources);
        templates().forEach(arguments -> assertThat(resources)
                .contains(SiteTemplates.CLASSPATH_ROOT + "/" + arguments.get()[0]));
    }

    @Test
    void everyRecordKindThatHasAPlaceLinksToIt() {
        SiteLinks links = new SiteLinks();
        assertThat(links.record("Risk", "R-1")).isEqualTo("link:risk-R-1.html[R-1]");
        assertThat(links.record("Control", "A.8.2")).isEqualTo("link:soa.html#A.8.2[A.8.2]");
        assertThat(links.record("Nonconformity", "NC.1")).isEqualTo("link:performance.html#nc-NC_2e_1[NC.1]");
        assertThat(links.record("Policy", "P-1")).isEqualTo("link:context.html[Policy P-1]");
        assertThat(links.record("Unknown", "X")).isEqualTo("Unknown X");
    }
}
