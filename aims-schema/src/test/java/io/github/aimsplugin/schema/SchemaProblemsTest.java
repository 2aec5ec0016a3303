package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every kind, one schema violation made in the complete fixture, and the exact located line it gives. */
class SchemaProblemsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("Scope: unknown AI role", "context.yaml", "aiRoles: [provider, user]",
                        "aiRoles: [provider, seller]",
                        "src/main/aims/context.yaml:10:21: [Scope aims-scope] aiRoles[1] does not have a value in the enumeration"),
                Arguments.of("Policy: missing approval", "context.yaml", "approval:\n  approvedBy: ceo\n  approvedOn: 2026-02-03\n",
                        "",
                        "src/main/aims/context.yaml:22:1: [Policy ai-policy] missing required field 'approval' (schema: /required)"),
                Arguments.of("RiskCriteria: colour is not a hex colour", "criteria.yaml", "{ id: low, label: Low }",
                        "{ id: low, label: Low, colour: green }",
                        "src/main/aims/criteria.yaml:12:28: [RiskCriteria criteria] levels[0].colour does not match the regex pattern"),
                Arguments.of("AISystem: third party without supplier", "systems.yaml",
                        "supplier:\n  name: Example LLM Inc.\n", "",
                        "src/main/aims/systems.yaml:11:1: [AISystem letter-assistant] missing required field 'supplier' (schema: /then)"),
                Arguments.of("Risk: severity above the schema maximum", "risks.yaml",
                        "inherent: { likelihood: 2, severity: 2 }", "inherent: { likelihood: 2, severity: 12 }",
                        "src/main/aims/risks.yaml:28:28: [Risk R-002] inherent.severity must have a maximum value of 10"),
                Arguments.of("Risk: unknown treatment option", "risks.yaml", "option: mitigate", "option: reduce",
                        "src/main/aims/risks.yaml:12:3: [Risk R-001] treatment.option does not have a value in the enumeration [\"mitigate\", \"avoid\", \"transfer\", \"accept\"] (schema: /properties/treatment/properties/option)"),
                Arguments.of("Risk: accepted without acceptance", "risks.yaml",
                        "acceptance:\n  approvedBy: ceo\n  approvedOn: 2026-03-02\n  rationale: Letters are reviewed by staff before sending.\n  expires: 2027-03-02\n",
                        "",
                        "src/main/aims/risks.yaml:20:1: [Risk R-002] missing required field 'acceptance' (schema: /then)"),
                Arguments.of("Risk: misspelt field", "risks.yaml", "nextReview: 2027-03-01", "nextReveiw: 2027-03-01",
                        "src/main/aims/risks.yaml:18:1: [Risk R-001] unknown field 'nextReveiw'; did you mean 'nextReview'? (use an 'x-' prefix for your own fields) (schema: /additionalProperties)"),
                Arguments.of("Risk: malformed Annex C id", "risks.yaml", "source: C.3.4", "source: data quality",
                        "src/main/aims/risks.yaml:5:1: [Risk R-001] source does not match the regex pattern ^C\\.3\\.[0-9]+$ — expected an ISO/IEC 42001 Annex C risk source id, C.3.1 to C.3.7."),
                Arguments.of("ImpactAssessment: unknown impact area", "impact.yaml", "area: financial", "area: money",
                        "src/main/aims/impact.yaml:13:5: [ImpactAssessment IA-scoring] impacts[0].area does not have a value in the enumeration"),
                Arguments.of("ImpactAssessment: invalid date", "impact.yaml", "assessedOn: 2026-03-05\napproval",
                        "assessedOn: 2026-02-30\napproval",
                        "src/main/aims/impact.yaml:20:1: [ImpactAssessment IA-scoring] assessedOn '2026-02-30' is not a valid date — expected a calendar date, YYYY-MM-DD."),
                Arguments.of("Control: applicable without status", "soa.yaml",
                        "status: planned\n", "",
                        "src/main/aims/soa.yaml:19:1: [Control A.7.4] missing required field 'status' (schema: /then)"),
                Arguments.of("Control: applicability not a boolean", "soa.yaml", "applicable: false", "applicable: perhaps",
                        "src/main/aims/soa.yaml:30:1: [Control A.10.4] applicable string found, boolean expected"),
                Arguments.of("TreatmentAction: done without completion date", "soa.yaml", "status: in-progress",
                        "status: done",
                        "src/main/aims/soa.yaml:33:1: [TreatmentAction TA-001] missing required field 'completedOn' (schema: /then)"),
                Arguments.of("Evidence: empty supports", "soa.yaml", "supports: [Control/A.2.2, Policy/ai-policy]",
                        "supports: []",
                        "src/main/aims/soa.yaml:46:1: [Evidence EV-policy] supports must have at least 1 items but found 0"),
                Arguments.of("Any kind: blank id", "systems.yaml", "id: scoring-model", "id: \"\"",
                        "src/main/aims/systems.yaml:2:1: [AISystem ] id does not match the regex pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachViolationIsReportedOnceWithItsLocation(String name, String file, String from, String to, String expected) {
        FixtureProject project = FixtureProject.copyOf("complete", dir).replace(file, from, to);

        assertThat(project.problems())
                .filteredOn(line -> line.contains("(schema"))
                .singleElement().asString().startsWith(expected);
    }
}
