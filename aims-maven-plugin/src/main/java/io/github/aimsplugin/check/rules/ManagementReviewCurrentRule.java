package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.ManagementReview;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Clause 9.3: a management review within the configured interval that considered every 9.3.2 input. */
public final class ManagementReviewCurrentRule implements Rule {

    @Override
    public String id() {
        return "management-review-current";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String description() {
        return "The last management review is within aims.reviewIntervalMonths (12) and covered every 9.3.2 input.";
    }

    @Override
    public String documentation() {
        return "Clause 9.3 asks top management to review the AIMS at planned intervals, considering the inputs"
                + " listed in 9.3.2. A warning by default, because a new AIMS has had no review yet.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<ManagementReview> reviews = context.model().all(RecordKinds.MANAGEMENT_REVIEW);
        Optional<ManagementReview> last = reviews.stream().max(Comparator.comparing(ManagementReview::heldOn));
        if (last.isEmpty()) {
            report.accept(violation(context.recordsLocation(), RecordKinds.MANAGEMENT_REVIEW.name(), "reviews",
                    "no management review of the AIMS has been recorded",
                    "hold a management review and record it as a ManagementReview record (heldOn, attendees,"
                            + " inputs, decisions)", "none"));
            return;
        }
        ManagementReview review = last.get();
        int months = context.settings().reviewIntervalMonths();
        if (review.heldOn().isBefore(context.today().minusMonths(months))) {
            report.accept(violation(context.locate(review, "/heldOn"), RecordKinds.MANAGEMENT_REVIEW.name(),
                    review.id(), "the last management review (" + review.id() + ", " + review.heldOn()
                            + ") is more than " + months + " months old",
                    "hold the next management review and record it", "overdue"));
        }
        List<String> missing = ManagementReview.REQUIRED_INPUTS.stream()
                .filter(input -> !review.inputs().contains(input)).toList();
        if (!missing.isEmpty()) {
            report.accept(violation(context.locate(review, "/inputs"), RecordKinds.MANAGEMENT_REVIEW.name(),
                    review.id(), "management review " + review.id() + " did not consider " + String.join(", ", missing),
                    "cover these clause 9.3.2 inputs in the review (or in the next one) and list them under inputs",
                    "inputs-missing"));
        }
    }
}
