package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The clause 6.2, 9 and 10 kinds: valid in the complete fixture, and each mistake located once. */
class PerformanceRecordsTest {

    @TempDir
    Path dir;

    @Test
    void theCompleteFixtureHasOneRecordOfEachKindAndNoProblem() {
        FixtureProject project = FixtureProject.copyOf("complete", dir);

        assertThat(project.problems()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("finding names a clause that does not exist", "clause: \"9.1\", description: Drift",
                        "clause: \"9.9\", description: Drift",
                        "src/main/aims/performance.yaml:33:36: [Audit IA-2026] findings[0].clause '9.9' is not an ISO/IEC"
                                + " 42001 clause (4.1 to 10.2, with sub-clauses such as 6.1.2 or 9.2.2); did you mean '9.1'?"
                                + " (unknown-clause)"),
                Arguments.of("finding names a missing nonconformity", "nonconformity: NC-1 }", "nonconformity: NC-9 }",
                        "src/main/aims/performance.yaml:33:91: [Audit IA-2026] findings[0].nonconformity names"
                                + " Nonconformity 'NC-9', which is not declared; did you mean 'NC-1'? (unknown-reference)"),
                Arguments.of("finding tied to neither clause nor control", "control: A.6.2.6, ", "",
                        "src/main/aims/performance.yaml:34:5: [Audit IA-2026] missing required field 'findings[1].clause'"
                                + " (schema: /properties/findings/items/anyOf/0)\n"
                                + "src/main/aims/performance.yaml:34:5: [Audit IA-2026] missing required field 'findings[1].control'"
                                + " (schema: /properties/findings/items/anyOf/1)"),
                Arguments.of("audit done without its date", "conductedOn: 2026-09-16\n", "",
                        "src/main/aims/performance.yaml:22:1: [Audit IA-2026] missing required field 'conductedOn' (schema: /then)"),
                Arguments.of("closed nonconformity without a root cause", "rootCause: No deputy for alert analysis\n", "",
                        "src/main/aims/performance.yaml:45:1: [Nonconformity NC-1] missing required field 'rootCause' (schema: /then)"),
                Arguments.of("review input outside clause 9.3.2", "inputs: [previous-actions,", "inputs: [budget,",
                        "src/main/aims/performance.yaml:41:10: [ManagementReview MR-2026] inputs[0] does not have a value in the"
                                + " enumeration [\"previous-actions\", \"context-changes\", \"interested-party-changes\","
                                + " \"nonconformities\", \"monitoring-results\", \"audit-results\","
                                + " \"improvement-opportunities\"] (schema: /properties/inputs/items)"),
                Arguments.of("nonconformity from an unknown record", "sourceRecord: Audit/IA-2026",
                        "sourceRecord: Audit/IA-2025",
                        "src/main/aims/performance.yaml:49:1: [Nonconformity NC-1] sourceRecord names Audit 'IA-2025',"
                                + " which is not declared; did you mean 'IA-2026'? (unknown-reference)"),
                Arguments.of("monitoring result in the future", "on: 2026-11-23", "on: 2026-12-23",
                        "src/main/aims/performance.yaml:20:34: [Monitoring MON-1] lastResult.on 2026-12-23 is in the future"
                                + " (today is 2026-11-28); record the date it actually happened (date-in-future)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGivesLocatedLines(String name, String from, String to, String expected) {
        FixtureProject project = FixtureProject.copyOf("complete", dir).replace("performance.yaml", from, to);

        assertThat(project.problems()).containsExactly(expected.split("\n"));
    }
}
