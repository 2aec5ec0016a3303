package com.northwind.credit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.credit.scoring.SyntheticApplicants.Applicant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of scorecard 3.2 that every build runs: it scores the synthetic applicants and writes
 * {@code target/aims-metrics/scorecard-evaluation.json}, which OBJ-fair-approvals and MON-score-drift bind to. This
 * test only checks that the figures are figures; whether they meet their thresholds is aims:check's gate, where the
 * thresholds live beside the objective, its controls and its risks.
 */
class ScorecardEvaluationTest {

    static final Path OUTPUT = Path.of(System.getProperty("basedir", "."), "target/aims-metrics",
            "scorecard-evaluation.json");

    @Test
    void evaluatesTheScorecardAndWritesTheMetrics() throws Exception {
        List<Applicant> applicants = SyntheticApplicants.load();
        List<Applicant> validation = applicants.stream().filter(a -> a.cohort().equals("validation")).toList();
        List<Applicant> october = applicants.stream().filter(a -> a.cohort().equals("2026-10")).toList();
        ScorecardEvaluation evaluation = new ScorecardEvaluation(Scorecard.version32());

        Map<String, Double> rates = evaluation.approvalRates(october);
        double ratio = ScorecardEvaluation.ratio(rates);
        double auc = evaluation.auc(october);
        double psi = evaluation.psi(validation, october);

        assertThat(october).hasSize(1500);
        assertThat(rates).hasSize(5).allSatisfy((band, rate) -> assertThat(rate).isBetween(0.0, 1.0));
        assertThat(ratio).isBetween(0.0, 1.0);
        assertThat(auc).isBetween(0.0, 1.0);
        assertThat(psi).isNotNegative();

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = json.createObjectNode();
        out.put("model", "scorecard 3.2");
        out.put("dataset", "synthetic applicants, seed " + SyntheticApplicants.SEED + ", cohort 2026-10");
        out.put("applicants", october.size());
        out.put("approvalCutoff", ScorecardEvaluation.APPROVAL_CUTOFF);
        ObjectNode byBand = out.putObject("approvalRateByAgeBand");
        rates.forEach((band, rate) -> byBand.put(band, round(rate)));
        out.put("approvalRateRatio", round(ratio));
        out.put("auc", round(auc));
        out.put("gini", round(2 * auc - 1));
        out.put("scorePsi", round(psi));
        Files.createDirectories(OUTPUT.getParent());
        Files.writeString(OUTPUT, json.writeValueAsString(out) + "\n");
        assertThat(json.readTree(OUTPUT.toFile()).get("approvalRateRatio").decimalValue())
                .isEqualTo(round(ratio));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
