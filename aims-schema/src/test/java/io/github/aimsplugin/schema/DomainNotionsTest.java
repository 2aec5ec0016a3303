package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.TreatmentAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notions that rules, site, report and exports share, each defined once. */
class DomainNotionsTest {

    @TempDir
    Path dir;

    @Test
    void statementOfApplicabilityCountsAgainstTheCatalog() {
        AimsModel model = FixtureProject.copyOf("complete", dir).validate().model();

        StatementOfApplicability soa = StatementOfApplicability.of(model, Catalogs.builtIn().annexA());

        assertThat(soa.controls()).isEqualTo(Catalogs.builtIn().annexA().controls().size());
        assertThat(soa).extracting(StatementOfApplicability::decided, StatementOfApplicability::implemented,
                StatementOfApplicability::partial, StatementOfApplicability::planned,
                StatementOfApplicability::excluded).containsExactly(4, 1, 1, 1, 1);
        assertThat(soa.undecided()).isEqualTo(soa.controls() - 4);
    }

    @Test
    void anActionIsOverdueWhileOpenPastItsDueDate() {
        LocalDate due = LocalDate.of(2026, 10, 31);
        for (String status : TreatmentAction.OPEN) {
            assertThat(action(status, due).overdue(due.plusDays(1))).as(status).isTrue();
            assertThat(action(status, due).overdue(due)).as(status).isFalse();
        }
        assertThat(action("done", due).overdue(due.plusYears(1))).isFalse();
        assertThat(action("cancelled", due).open()).isFalse();
    }

    @Test
    void anAssessmentIsDueAfterItsIntervalElseAtItsNextReview() {
        LocalDate assessed = LocalDate.of(2025, 1, 1);
        assertThat(Reassessment.due(assessed, null, 12, LocalDate.of(2026, 1, 2)))
                .contains(new Reassessment.Due(Reassessment.Reason.INTERVAL, LocalDate.of(2026, 1, 1)));
        assertThat(Reassessment.due(assessed, LocalDate.of(2025, 6, 1), 12, LocalDate.of(2025, 6, 2)))
                .contains(new Reassessment.Due(Reassessment.Reason.NEXT_REVIEW, LocalDate.of(2025, 6, 1)));
        assertThat(Reassessment.due(assessed, null, 12, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void staleCountAgreesWithTheDatesOfEveryAssessment() {
        AimsModel model = FixtureProject.copyOf("complete", dir).validate().model();
        int assessments = model.all(RecordKinds.RISK).size() + model.all(RecordKinds.IMPACT_ASSESSMENT).size();

        assertThat(Reassessment.staleCount(model, FixtureProject.TODAY)).isZero();
        assertThat(Reassessment.staleCount(model, LocalDate.of(2030, 1, 1))).isEqualTo(assessments);
    }

    private static TreatmentAction action(String status, LocalDate due) {
        return new TreatmentAction("TA-1", "Act", List.of(), List.of(), "owner", due, status, null, null);
    }
}
