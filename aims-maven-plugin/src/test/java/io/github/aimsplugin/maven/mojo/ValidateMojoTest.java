package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class ValidateMojoTest {

    private final RecordingLog log = new RecordingLog();

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void validRecordsLogOneSummaryLine(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] AIMS records valid: 6 files, 15 records: 1 Scope, 1 Policy,"
                + " 1 RiskCriteria, 2 AISystem, 2 Risk, 2 ImpactAssessment, 4 Control, 1 TreatmentAction, 1 Evidence");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void problemsAreLoggedThenOneFailureIsThrown(ValidateMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("AIMS validation found 1 problem in 1 file; each is listed above as file:line:column,"
                        + " with its rule in parentheses");
        assertThat(log.lines).containsExactly("[ERROR] src/main/aims/system.yaml:5:1: [AISystem chatbot] owner"
                + " 'nobody' is not a role declared under 'roles' of a Policy record (unknown-role)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipSaysSoAndReadsNothing(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] Skipping AIMS validate: aims.skip is true");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "today", value = "28/11/2026")
    void aMalformedDateIsAConfigurationFault(ValidateMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("aims.today must be a date written YYYY-MM-DD, not '28/11/2026'");
    }

    @Test
    @Basedir("/unit/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectories", value = "../../outside")
    void aSourceDirectoryOutsideTheProjectIsAConfigurationFault(ValidateMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("lies outside the project directory");
    }
}
