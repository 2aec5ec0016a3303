package io.github.aimsplugin.check;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.build.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.check.rules.ThirdPartyDeclaredRule;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.validation.RecordValidation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check service with plain {@code new}: a request in, validation and the rules out. */
class ComplianceCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final List<String> notes = new ArrayList<>();
    private final ComplianceCheck check = new ComplianceCheck(new RecordValidation(),
            BuiltInRules.all(), notes::add, notes::add, new io.github.aimsplugin.code.ScanCache());

    @Test
    void aPassingProjectPassesEveryRule() throws Exception {
        ComplianceCheck.Outcome outcome = check.run(request(project("/rules/passing"), Map.of()));

        assertThat(outcome.validated().isValid()).isTrue();
        assertThat(outcome.result().violations()).isEmpty();
        assertThat(outcome.result().rules()).hasSize(BuiltInRules.all().size());
        assertThat(notes).isEmpty();
    }

    @Test
    void configuredLevelsApply() throws Exception {
        CheckResult result = check.run(request(project("/unit/valid"), Map.of("soa-complete", Level.OFF))).result();

        assertThat(result.of("soa-complete")).isEmpty();
        assertThat(result.errors()).isPositive();
    }

    @Test
    void invalidRecordsStopBeforeTheRules() {
        assertThatThrownBy(() -> check.run(request(project("/unit/broken"), Map.of())))
                .isInstanceOfSatisfying(InvalidRecords.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.format()).endsWith("(unknown-role)")))
                .hasMessageEndingWith("fix them before the rules can run");
    }

    @Test
    void aModuleWithoutRecordsRunsOnlyTheDependencyRule(@TempDir Path empty) throws Exception {
        CheckResult result = check.run(request(empty, Map.of())).result();

        assertThat(result.rules()).singleElement().satisfies(rule -> assertThat(rule.rule().id())
                .isEqualTo(ThirdPartyDeclaredRule.ID));
        assertThat(notes).containsExactly("No AIMS records found; only third-party-declared runs for this module");
    }

    @Test
    void findingsAboutMissingRecordsPointAtTheHomeFolder() throws Exception {
        Workspace workspace = Workspace.module(project("/unit/valid"), List.of(Path.of("src/main/aims")), List.of());

        assertThat(workspace.recordsLocation().file()).isEqualTo("src/main/aims");
        assertThat(workspace.pomLocator().apply("dev.langchain4j", "langchain4j").file()).isEqualTo("pom.xml");
    }

    private static CheckRequest request(Path project, Map<String, Level> levels) {
        return new CheckRequest(Workspace.module(project, List.of(Path.of("src/main/aims")), List.of()), TODAY,
                YamlLimits.defaults(), levels, CheckSettings.defaults(), false);
    }

    static Path project(String resource) throws Exception {
        return Path.of(ComplianceCheckTest.class.getResource(resource).toURI());
    }

    @Test
    void aLaterMinorChangeDoesNotHideAnEarlierChangeOfTheSameSystem() {
        // the walk meets the newest commit first: a typo fix after the real change
        io.github.aimsplugin.trail.RecordChange real = change("1111111111", "2026-06-16T09:00:00Z", "Widen the purpose",
                false);
        io.github.aimsplugin.trail.RecordChange typo = change("2222222222", "2026-06-17T09:00:00Z",
                "Fix a typo [minor-change]", true);
        io.github.aimsplugin.trail.RecordChange older = change("3333333333", "2026-05-01T09:00:00Z", "Earlier", false);
        io.github.aimsplugin.trail.AuditTrail trail = new io.github.aimsplugin.trail.AuditTrail("complete", true,
                List.of(typo, real, older), java.util.Set.of());

        assertThat(ComplianceCheck.systemChanges(trail)).containsExactly(Map.entry("scorer", real));
    }

    private static io.github.aimsplugin.trail.RecordChange change(String commit, String when, String subject,
            boolean minor) {
        return new io.github.aimsplugin.trail.RecordChange("AISystem", "scorer", "src/main/aims/systems.yaml", commit,
                java.time.Instant.parse(when), "Ada", subject, minor, "changed");
    }
}
