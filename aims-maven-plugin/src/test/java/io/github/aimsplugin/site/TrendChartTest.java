package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final Metric.Threshold MIN_08 = new Metric.Threshold(0.8, null, null);
    private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"(\\d+)\" cy=\"(\\d+)\"");

    private static List<Integer> heights(String svg) {
        List<Integer> heights = new ArrayList<>();
        Matcher circle = CIRCLE.matcher(svg);
        while (circle.find()) {
            heights.add(Integer.parseInt(circle.group(2)));
        }
        return heights;
    }

    @Test
    void anExtremeReleaseIsDrawnAtTheEdgeMarkedOffScaleNotLevelWithTheOthers() {
        String svg = TrendChart.svg("auc", List.of(new TrendChart.Point("1.0", 1.7e308),
                new TrendChart.Point("1.1", -1.7e308), new TrendChart.Point("1.2", 0.9),
                new TrendChart.Point("this build", 0.85)), MIN_08);

        List<Integer> y = heights(svg);
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity").contains("(off scale)")
                .contains("aims-off-scale");
        assertThat(y.get(0)).as("1.7e308 at the top edge").isEqualTo(14);
        assertThat(y.get(1)).as("-1.7e308 at the bottom edge").isEqualTo(150 - 34);
        assertThat(y.get(2)).as("0.9 inside the plot, above 0.85").isStrictlyBetween(14, 116).isLessThan(y.get(3));
        assertThat(y.get(3)).isStrictlyBetween(14, 116);
    }

    @Test
    void ordinaryValuesAreAllOnScale() {
        String svg = TrendChart.svg("latency", List.of(new TrendChart.Point("1.0", 1),
                new TrendChart.Point("1.1", 1000), new TrendChart.Point("this build", 400)),
                new Metric.Threshold(null, 500.0, null));

        assertThat(svg).doesNotContain("off scale");
        List<Integer> y = heights(svg);
        assertThat(y.get(0)).isGreaterThan(y.get(2)).isGreaterThan(y.get(1));
    }

    @Test
    void theScaleIsFiniteForAnyFiniteValues() {
        TrendChart.Scale scale = TrendChart.scale(List.of(Double.MAX_VALUE, -Double.MAX_VALUE), List.of());
        assertThat(scale.low()).isFinite().isLessThan(scale.high());
        assertThat(scale.high()).isFinite();
        assertThat(TrendChart.svg("x", List.of(new TrendChart.Point("a", Double.MAX_VALUE),
                new TrendChart.Point("b", Double.MAX_VALUE)), new Metric.Threshold(-Double.MAX_VALUE, null, null)))
                .doesNotContain("NaN").doesNotContain("Infinity");
    }
}
