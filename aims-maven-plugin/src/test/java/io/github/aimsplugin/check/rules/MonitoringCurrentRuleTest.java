package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringCurrentRuleTest {

    private final MonitoringCurrentRule rule = new MonitoringCurrentRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        // today is 2026-11-28: the weekly export stopped on 2026-10-12; fresh.properties (2026-11-23) is current
        assertThat(RuleFixture.failing("monitoring-current", dir).run(rule)).containsExactly(
                "src/main/aims/extra.yaml:13:5: [Monitoring MON-drift] MON-drift: weekly score PSI: monitoring"
                        + " stopped: the last value in monitoring/drift.csv is from 2026-10-12, 47 days before"
                        + " 2026-11-28; weekly monitoring allows at most 10 days (7 and 3 days' grace); control"
                        + " A.6.2.6; risk R-1; fix: resume the weekly monitoring and commit its export (owner ml-lead),"
                        + " or change the record's frequency to what is done (monitoring-current)",
                "src/main/aims/extra.yaml:20:37: [Monitoring MON-drift] MON-drift: future: the latest value in"
                        + " monitoring/future.json is dated 2026-12-02, after today (2026-11-28); fix: correct the"
                        + " dates the export writes in /on, or set aims.today to the date the build stands for"
                        + " (monitoring-current)");
    }
}
