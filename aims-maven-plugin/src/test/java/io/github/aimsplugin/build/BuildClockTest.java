package io.github.aimsplugin.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildClockTest {

    @Test
    void todayIsParsedOnceWithOneMessage() {
        assertThat(BuildClock.of(" 2026-11-28 ", null).today()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(BuildClock.of(null, null).today()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> BuildClock.of("28/11/2026", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aims.today must be a date written YYYY-MM-DD, not '28/11/2026'");
    }

    @Test
    void theTimestampComesFromTheOutputTimestampElseToday() {
        List<String> warnings = new ArrayList<>();
        assertThat(BuildClock.of("2026-11-28", "1785542400").timestamp(warnings::add)).isEqualTo("2026-08-01T00:00:00Z");
        assertThat(BuildClock.of("2026-11-28", "${project.build.outputTimestamp}").timestamp(warnings::add))
                .isEqualTo("2026-11-28T00:00:00Z");
        assertThat(warnings).isEmpty();
        assertThat(BuildClock.of("2026-11-28", "yesterday").timestamp(warnings::add)).isEqualTo("2026-11-28T00:00:00Z");
        assertThat(warnings).containsExactly("project.build.outputTimestamp 'yesterday' is not a date-time; using aims.today");
        assertThat(BuildClock.of("2026-11-28", null).manifestDate()).isEqualTo("2026-11-28");
        assertThat(BuildClock.of("2026-11-28", "2026-11-01T00:00:00Z").manifestDate()).isEqualTo("2026-11-01T00:00:00Z");
    }
}
