package io.github.aimsplugin.schema.validate;

import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/** Dates of things that have happened (assessed, approved, collected, completed) cannot lie in the future. */
final class PastDateValidation implements ModelValidation {

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
        for (LoadedRecord record : context.model().records()) {
            for (String pattern : record.kind().pastDates()) {
                for (Pointers.Match match : Pointers.expand(record.source().root(), pattern)) {
                    LocalDate date = parse(match.node().asText());
                    if (date != null && date.isAfter(context.today())) {
                        report.accept(new Problem(record.locate(match.pointer()), record.kind().name(), record.id(),
                                FieldPaths.display(match.pointer()) + " " + date + " is in the future (today is "
                                        + context.today() + "); record the date it actually happened",
                                "date-in-future", null));
                    }
                }
            }
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null; // reported by the schema's date format
        }
    }
}
