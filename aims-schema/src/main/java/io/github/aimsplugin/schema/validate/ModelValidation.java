package io.github.aimsplugin.schema.validate;

import io.github.aimsplugin.schema.Problem;
import java.util.function.Consumer;

/** One semantic check beyond the JSON Schemas. Checks read JSON trees, so schema-invalid records are covered too. */
public interface ModelValidation {

    void validate(ValidationContext context, Consumer<Problem> report);
}
