package io.github.aimsplugin.validation;

import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationResult;
import java.util.Map;
import java.util.stream.Collectors;

/** The words the build log shows for a validation result; kept apart from the mojo so it is tested plainly. */
public final class ValidationReport {

    private ValidationReport() {}

    /** "12 files, 74 records: 1 Scope, 1 Policy, ..." */
    public static String summary(ValidationResult result) {
        Map<String, Integer> counts = result.model().countsByKind();
        int records = counts.values().stream().mapToInt(Integer::intValue).sum();
        String perKind = counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        return plural(result.files(), "file") + ", " + plural(records, "record") + (perKind.isEmpty() ? "" : ": " + perKind);
    }

    /** The one-line failure summary, after every problem has been logged. */
    public static String failure(ValidationResult result) {
        long files = result.problems().stream().map(problem -> problem.location().file()).distinct().count();
        return "AIMS validation found " + plural(result.problems().size(), "problem") + " in " + plural(files, "file")
                + "; each is listed above as file:line:column, with its rule in parentheses";
    }

    public static String line(Problem problem) {
        return problem.format();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
