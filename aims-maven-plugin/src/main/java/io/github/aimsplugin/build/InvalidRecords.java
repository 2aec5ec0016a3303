package io.github.aimsplugin.build;

import io.github.aimsplugin.schema.Problem;
import java.util.List;

/** Records (of files or of a released bundle) that failed validation: each problem, and the one-line summary. */
public final class InvalidRecords extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRecords(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, to list before the summary. */
    public List<Problem> problems() {
        return problems;
    }
}
