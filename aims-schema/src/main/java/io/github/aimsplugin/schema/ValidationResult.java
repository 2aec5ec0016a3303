package io.github.aimsplugin.schema;

import java.util.List;

/**
 * The outcome of a validation run.
 *
 * @param model the records that could be read (schema-invalid records are in it without a typed value)
 * @param problems every problem found, sorted by file, line and column
 * @param files the number of record files read
 */
public record ValidationResult(AimsModel model, List<Problem> problems, int files) {

    public ValidationResult {
        problems = problems.stream().sorted().toList();
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
