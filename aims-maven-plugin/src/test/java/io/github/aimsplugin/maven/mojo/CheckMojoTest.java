package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class CheckMojoTest {

    private final RecordingLog log = new RecordingLog();

    @Test
    @Basedir("/rules/passing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void passingProjectWritesReportsAndOneLine(CheckMojo mojo) throws Exception {
        Path reports = MojoExtensionSupport.buildDirectory(mojo);
        MojoExtensionSupport.set(mojo, "reportDirectory", reports.resolve("passing").toFile());
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).singleElement().asString().startsWith("[INFO] AIMS check passed: 0 errors, 0 warnings");
        assertThat(reports.resolve("passing/aims-check.json")).isRegularFile();
        assertThat(reports.resolve("passing/aims-check.sarif")).isRegularFile();
        assertThat(reports.resolve("passing/TEST-aims-check.xml")).isRegularFile();
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void violationsAreLoggedThenOneFailure(CheckMojo mojo) throws Exception {
        Path reports = MojoExtensionSupport.buildDirectory(mojo);
        MojoExtensionSupport.set(mojo, "reportDirectory", reports.resolve("failing").toFile());
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("AIMS check failed: \\d+ errors, \\d+ warnings \\(details: .*failing/\\)");
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[ERROR] src/main/aims/soa.yaml:1:1:"
                + " [Control A.2.3] Annex A control A.2.3").endsWith("(soa-complete)"));
        assertThat(Files.readString(reports.resolve("failing/aims-check.json"))).contains("\"soa-complete\"");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseOnlyReports(CheckMojo mojo) throws Exception {
        Path reports = MojoExtensionSupport.buildDirectory(mojo);
        MojoExtensionSupport.set(mojo, "reportDirectory", reports.resolve("report-only").toFile());
        mojo.setLog(log);

        mojo.execute();

        // Every violation is still logged, located, then one summary line; the reports are written.
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[ERROR] src/main/aims/soa.yaml:1:1:"
                + " [Control A.2.3] Annex A control A.2.3").endsWith("(soa-complete)"));
        long errors = log.lines.stream().filter(line -> line.matches("\\[ERROR\\] \\S+:\\d+:\\d+: .*\\([a-z-]+\\)")).count();
        long warnings = log.lines.stream().filter(line -> line.matches("\\[WARNING\\] \\S+:\\d+:\\d+: .*\\([a-z-]+\\)")).count();
        assertThat(errors).isGreaterThan(1);
        String last = log.lines.get(log.lines.size() - 1);
        java.util.regex.Matcher summary = java.util.regex.Pattern
                .compile("\\[INFO\\] AIMS check found (\\d+) errors?, (\\d+) warnings?.*").matcher(last);
        assertThat(summary.matches()).as(last).isTrue();
        assertThat(Long.parseLong(summary.group(1))).as("errors logged and counted").isEqualTo(errors);
        assertThat(Long.parseLong(summary.group(2))).as("warnings logged and counted: " + log.lines)
                .isEqualTo(warnings);
        assertThat(Files.readString(reports.resolve("report-only/aims-check.json"))).contains("\"soa-complete\"");
        assertThat(reports.resolve("report-only/aims-check.sarif")).isRegularFile();
        assertThat(reports.resolve("report-only/TEST-aims-check.xml")).isRegularFile();
    }

    @Test
    @Basedir("/rules/passing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOn", value = "info")
    void anUnknownFailLevelIsAConfigurationFault(CheckMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("aims.failOn must be error or warning, not 'info'");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void invalidRecordsStopTheCheckBeforeTheRules(CheckMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("fix them before the rules can run");
        assertThat(log.lines).singleElement().asString().endsWith("(unknown-role)");
    }

    @Test
    @Basedir("/rules/passing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anUnknownRuleIdInRulesIsRefusedWithASuggestion(CheckMojo mojo) throws Exception {
        RuleLevel typo = new RuleLevel();
        typo.setId("review-fersh");
        typo.setLevel("off");
        MojoExtensionSupport.set(mojo, "rules", java.util.List.of(typo));
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("unknown rule 'review-fersh' in <rules>; did you mean 'review-fresh'?");
    }

    @Test
    @Basedir("/rules/passing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theMovingModelsParameterReachesTheRules(CheckMojo mojo) throws Exception {
        // A lone '*' would match every model: the list given to the mojo is checked as the rule's settings.
        MojoExtensionSupport.set(mojo, "movingModels", java.util.List.of("gpt-4o", "*"));
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("movingModels entry '*'");
    }
}
