package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One RiskCriteria per project, internally consistent (scales numbered 1..N, a matrix of N rows by M columns
 * naming declared levels, a declared threshold), and every rating in risks and impacts within its scales.
 */
final class RiskCriteriaValidation implements ModelValidation {

    static final String RULE = "risk-criteria";

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        List<LoadedRecord> declared = context.model().loaded(RecordKinds.RISK_CRITERIA);
        for (int i = 1; i < declared.size(); i++) {
            LoadedRecord extra = declared.get(i);
            report.accept(new Problem(extra.location(), extra.kind().name(), extra.id(),
                    "a project has one RiskCriteria record, and one is already declared at " + declared.get(0).location()
                            + "; merge them", RULE, null));
        }
        if (!declared.isEmpty()) {
            checkStructure(declared.get(0), report);
        }
        RiskCriteria criteria = context.model().criteria();
        int likelihoods = criteria.likelihood().size();
        int severities = criteria.severity().size();
        for (LoadedRecord record : context.model().loaded(RecordKinds.RISK)) {
            for (String rating : List.of("/inherent", "/residual")) {
                checkValue(record, rating + "/likelihood", likelihoods, "likelihood", criteria, report);
                checkValue(record, rating + "/severity", severities, "severity", criteria, report);
            }
        }
        for (LoadedRecord record : context.model().loaded(RecordKinds.IMPACT_ASSESSMENT)) {
            for (Pointers.Match impact : Pointers.expand(record.source().root(), "/impacts/*")) {
                checkValue(record, impact.pointer() + "/likelihood", likelihoods, "likelihood", criteria, report);
                checkValue(record, impact.pointer() + "/severity", severities, "severity", criteria, report);
            }
        }
    }

    private static void checkValue(LoadedRecord record, String pointer, int size, String scale, RiskCriteria criteria,
            Consumer<Problem> report) {
        JsonNode value = record.source().root().at(pointer);
        if (value.isInt() && value.asInt() > size) {
            report.accept(new Problem(record.locate(pointer), record.kind().name(), record.id(),
                    FieldPaths.display(pointer) + " " + value.asInt() + " is outside the " + scale + " scale 1.." + size
                            + " of RiskCriteria " + criteria.id(), RULE, null));
        }
    }

    private static void checkStructure(LoadedRecord record, Consumer<Problem> report) {
        JsonNode root = record.source().root();
        int rows = checkScale(record, "likelihood", report);
        int columns = checkScale(record, "severity", report);
        Set<String> levels = new HashSet<>();
        root.path("levels").forEach(level -> levels.add(level.path("id").asText()));
        JsonNode matrix = root.path("matrix");
        if (matrix.isArray() && rows > 0 && matrix.size() != rows) {
            report(record, "/matrix", "matrix has " + matrix.size() + " rows but the likelihood scale has " + rows
                    + " levels; give one row per likelihood value, lowest first", report);
        }
        for (int r = 0; r < matrix.size(); r++) {
            JsonNode row = matrix.get(r);
            if (columns > 0 && row.isArray() && row.size() != columns) {
                report(record, "/matrix/" + r, "matrix row " + (r + 1) + " has " + row.size()
                        + " cells but the severity scale has " + columns + " levels", report);
            }
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).asText();
                if (!levels.contains(cell)) {
                    report(record, "/matrix/" + r + "/" + c, "matrix cell '" + cell + "' is not a declared level"
                            + Suggestions.didYouMean(cell, levels), report);
                }
            }
        }
        String threshold = root.path("acceptanceThreshold").asText();
        if (root.has("acceptanceThreshold") && !levels.contains(threshold)) {
            report(record, "/acceptanceThreshold", "acceptanceThreshold '" + threshold + "' is not a declared level"
                    + Suggestions.didYouMean(threshold, levels), report);
        }
    }

    /** Checks that a scale is numbered 1..N in order; returns N, or 0 when the scale is unusable. */
    private static int checkScale(LoadedRecord record, String name, Consumer<Problem> report) {
        JsonNode scale = record.source().root().path(name);
        for (int i = 0; i < scale.size(); i++) {
            JsonNode value = scale.get(i).path("value");
            if (value.isInt() && value.asInt() != i + 1) {
                report(record, "/" + name + "/" + i + "/value", name + " levels must be numbered 1.." + scale.size()
                        + " in order; entry " + (i + 1) + " has value " + value.asInt(), report);
                return 0;
            }
        }
        return scale.size();
    }

    private static void report(LoadedRecord record, String pointer, String message, Consumer<Problem> report) {
        report.accept(new Problem(record.locate(pointer), record.kind().name(), record.id(), message, RULE, null));
    }
}
