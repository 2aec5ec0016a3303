package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.release.BundleMeasurements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Measurements page, the dashboard's counts and the metric sections, written as AsciiDoc (no Asciidoctor). */
class MeasurementsPageTest {

    @TempDir
    Path dir;

    private SiteInput input(List<BundleMeasurements.Release> releases) {
        Path project = SiteFixtures.fixture("measured", dir.resolve("project"));
        SiteInput plain = SiteFixtures.input(project);
        return new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(), plain.today(),
                plain.commit(), plain.pluginVersion(), plain.date(), plain.trail(), plain.changes(), plain.exports(),
                releases, null);
    }

    private String page(SiteInput input, String name) throws Exception {
        Path site = dir.resolve("site");
        new SiteWriter(null).write(input, site);
        return Files.readString(site.resolve("adoc").resolve(name + ".adoc"));
    }

    @Test
    void everyMetricWithValueThresholdResultSourceRecordControlsAndRisks() throws Exception {
        String page = page(input(List.of()), "measurements");
        assertThat(page).contains("2 failing, 1 not measured, 0 not enough data, 2 passing.");
        assertThat(page).contains("|0.74 |min 0.8 |[.overdue]#fail# |reports/scorecard-evaluation.json"
                + " /approvalRateRatio (written by ScorecardEvaluationTest) |link:soa.html#A.5.4[A.5.4],"
                + " link:soa.html#A.7.4[A.7.4] |link:risk-R-1.html[R-1]");
        assertThat(page).contains("|pass:c[-] |max 200 |[.missing]#not measured in this build#: reports/missing.json does not exist");
        assertThat(page).contains("|link:performance.html#monitoring-MON-drift[MON-drift] |psi |0.31 |max 0.2"
                + " |[.overdue]#fail#");
        // the hostile title is text: passed through AsciiDoc with its special characters escaped, escaped in the SVG
        assertThat(page).contains("|approval-rate ratio pass:c[<script>alert(1)</script>] {vbar} pass:c[*x*] |");
        String chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(chart).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theTrendShowsEachReleaseThenThisBuildWithTheThreshold() throws Exception {
        String page = page(input(List.of(
                new BundleMeasurements.Release("1.0", Map.of("Objective/OBJ-fair-approvals/approval-rate-ratio", 0.86)),
                new BundleMeasurements.Release("<b>1.1</b>", Map.of(
                        "Objective/OBJ-fair-approvals/approval-rate-ratio", 0.81)))), "measurements");
        assertThat(page).contains("Threshold min 0.8: 1.0 0.86, ").contains(" 0.81, this build 0.74.");
        String chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(chart).contains("<polyline points=\"").contains("class=\"aims-threshold\"")
                .contains("<title>1.0: 0.86</title>").contains("&lt;b&gt;1.1&lt;/b&gt;: 0.81")
                .contains("<title>this build: 0.74</title>").doesNotContain("<b>");
        assertThat(chart.split("<circle").length - 1).isEqualTo(3);
    }

    @Test
    void dashboardPerformanceAndSystemPagesShowTheMetrics() throws Exception {
        SiteInput input = input(List.of());
        assertThat(page(input, "index")).contains("Metrics failing:: 2 — link:measurements.html[measurements]")
                .contains("Metrics not measured:: 1");
        assertThat(page(input, "performance")).contains(".Metrics measured by this build")
                .contains("|auc |0.81 |min 0.7 |pass");
        assertThat(page(input, "system-scorer")).contains("== Measurements").contains("|auc |0.81 |min 0.7 |pass")
                .doesNotContain("|psi |");
    }
}
