package com.northwind.credit.scoring;

import com.northwind.credit.scoring.SyntheticApplicants.Applicant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the scorecard on a cohort of applicants: approval rates by age band and their ratio (objective
 * OBJ-fair-approvals), discrimination (AUC and Gini), and the drift of the score distribution against the
 * validation sample (population stability index, monitoring MON-score-drift).
 */
final class ScorecardEvaluation {

    /** Applications scored at or below this probability of default are approved automatically. */
    static final double APPROVAL_CUTOFF = 0.12;

    /** Age bands, as the bias test reports them: lower bound inclusive, upper exclusive. */
    static final Map<String, int[]> AGE_BANDS = bands();

    /** Score bins for the population stability index, by probability of default. */
    private static final double[] PSI_EDGES = {0.05, 0.08, 0.12, 0.2, 0.35};

    private final Scorecard scorecard;

    ScorecardEvaluation(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** The approval rate of each age band. */
    Map<String, Double> approvalRates(List<Applicant> cohort) {
        Map<String, Double> rates = new LinkedHashMap<>();
        AGE_BANDS.forEach((band, range) -> {
            List<Applicant> inBand = cohort.stream().filter(a -> a.application().applicantAge() >= range[0]
                    && a.application().applicantAge() < range[1]).toList();
            long approved = inBand.stream().filter(a -> pd(a) <= APPROVAL_CUTOFF).count();
            rates.put(band, inBand.isEmpty() ? Double.NaN : (double) approved / inBand.size());
        });
        return rates;
    }

    /** The lowest band's approval rate divided by the highest's: 1 is parity, the four-fifths rule asks 0.8. */
    static double ratio(Map<String, Double> rates) {
        double lowest = rates.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double highest = rates.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return lowest / highest;
    }

    /** Area under the ROC curve: the chance a defaulter scores above a non-defaulter (ties count half). */
    double auc(List<Applicant> cohort) {
        List<Double> bad = new ArrayList<>();
        List<Double> good = new ArrayList<>();
        cohort.forEach(a -> (a.defaulted() ? bad : good).add(pd(a)));
        double wins = 0;
        for (double b : bad) {
            for (double g : good) {
                wins += b > g ? 1 : b == g ? 0.5 : 0;
            }
        }
        return wins / ((double) bad.size() * good.size());
    }

    /** Population stability index of the score between an expected (validation) and an actual cohort. */
    double psi(List<Applicant> expected, List<Applicant> actual) {
        double[] e = shares(expected);
        double[] a = shares(actual);
        double psi = 0;
        for (int i = 0; i < e.length; i++) {
            psi += (a[i] - e[i]) * Math.log(a[i] / e[i]);
        }
        return psi;
    }

    private double[] shares(List<Applicant> cohort) {
        double[] counts = new double[PSI_EDGES.length + 1];
        for (Applicant applicant : cohort) {
            double pd = pd(applicant);
            int bin = 0;
            while (bin < PSI_EDGES.length && pd > PSI_EDGES[bin]) {
                bin++;
            }
            counts[bin]++;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.max(counts[i], 0.5) / cohort.size(); // an empty bin would make the index infinite
        }
        return counts;
    }

    private double pd(Applicant applicant) {
        return scorecard.score(applicant.application()).probabilityOfDefault();
    }

    private static Map<String, int[]> bands() {
        Map<String, int[]> bands = new LinkedHashMap<>();
        bands.put("18-24", new int[] {18, 25});
        bands.put("25-34", new int[] {25, 35});
        bands.put("35-49", new int[] {35, 50});
        bands.put("50-64", new int[] {50, 65});
        bands.put("65+", new int[] {65, 200});
        return bands;
    }
}
