package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.release.ServiceRelease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which services of the portfolio were checked against an older organisation release, or none. */
class PortfolioTest {

    private final Portfolio portfolio = new Portfolio("com.example:aims-org:3.10.0", List.of());

    @Test
    void aServiceOnTheSameOrANewerReleaseIsCurrent() {
        assertThat(portfolio.staleness(service("com.example:aims-org:3.10.0"))).isEmpty();
        assertThat(portfolio.staleness(service("com.example:aims-org:3.10.1"))).isEmpty();
    }

    @Test
    void anOlderReleaseIsFlaggedComparingNumbersAsNumbers() {
        assertThat(portfolio.staleness(service("com.example:aims-org:3.9.0"))).isEqualTo("older than 3.10.0");
        assertThat(portfolio.staleness(service("com.example:aims-org:3"))).isEqualTo("older than 3.10.0");
    }

    @Test
    void noneOrAnotherOrganisationIsFlaggedToo() {
        assertThat(portfolio.staleness(service(""))).isEqualTo("not checked against the organisation's records");
        assertThat(portfolio.staleness(service("com.other:aims-org:9"))).isEqualTo(
                "checked against com.other:aims-org:9, not com.example:aims-org");
    }

    @Test
    void withoutAnOrganisationNothingIsFlagged() {
        assertThat(Portfolio.none().staleness(service(""))).isEmpty();
    }

    @Test
    void versionsCompareAsMavenOrdersPlainReleases() {
        assertThat(Portfolio.compareVersions("1.10", "1.9")).isPositive();
        assertThat(Portfolio.compareVersions("2.0", "2")).isZero();
        assertThat(Portfolio.compareVersions("2.0-SNAPSHOT", "2.0")).isZero();
        assertThat(Portfolio.compareVersions("1.0-beta", "1.0-alpha")).isPositive();
    }

    private static ServiceRelease service(String organisation) {
        return new ServiceRelease("com.example:credit-service:2.1", "2026-11-01", organisation, Map.of());
    }
}
