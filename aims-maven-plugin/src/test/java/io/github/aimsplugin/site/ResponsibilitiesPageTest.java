package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The responsibilities page of the example project: every role, with the records that name it. */
class ResponsibilitiesPageTest {

    @Test
    void everyRoleOfThePolicyIsListedWithWhatItOwns() {
        ResponsibilitiesPage page = ResponsibilitiesPage.of(SiteFixtures.input(SiteFixtures.exampleProject()),
                new SiteLinks());

        assertThat(page.hasRoles()).isTrue();
        assertThat(page.roles()).extracting(ResponsibilitiesPage.RoleRow::id).containsExactly("ceo",
                "ai-governance-lead", "head-of-credit-risk", "ml-lead", "platform-lead", "dpo", "vendor-manager", "customer-ops-lead");
        assertThat(page.roles()).allMatch(ResponsibilitiesPage.RoleRow::allocated);
        ResponsibilitiesPage.RoleRow dpo = page.roles().get(5);
        assertThat(dpo.title()).isEqualTo("Data protection officer");
        assertThat(dpo.owns()).extracting(ResponsibilitiesPage.Owns::label).containsExactly("AI systems",
                "Risks owned", "Risks accepted", "Controls", "Treatment actions", "Objectives", "Monitoring");
        assertThat(dpo.owns().get(0).itemsLinks()).isEqualTo("—");
        assertThat(dpo.owns().get(1).itemsLinks()).contains("link:risk-");
    }

    @Test
    void thePageShowsEachRolesRecordsAsLinks(@TempDir Path site) throws IOException {
        new SiteWriter(null).write(SiteFixtures.input(SiteFixtures.exampleProject()), site);

        String page = Files.readString(site.resolve("adoc/responsibilities.adoc"));
        assertThat(page).startsWith("= Responsibilities\n")
                .contains("== Chief executive officer (ceo)\n\nHolder:: ")
                .contains("Risks accepted:: link:risk-R-06.html[R-06]")
                .contains("link:soa.html#A.2.2[A.2.2]")
                .doesNotContain("Allocated nothing", "Missing:");
        assertThat(Files.readString(site.resolve("adoc/docinfo-header.html")))
                .contains("  <a href=\"responsibilities.html\">Responsibilities</a>\n</nav>");
    }
}
