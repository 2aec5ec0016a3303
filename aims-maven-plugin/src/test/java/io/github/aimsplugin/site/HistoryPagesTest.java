package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.RecordChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History sections and the audit-trail page, from a trail with a hostile commit message. */
class HistoryPagesTest {

    @TempDir
    Path site;

    @Test
    void recordPagesAndTheTrailPageShowEveryChangeEscaped() throws IOException {
        SiteInput plain = SiteFixtures.input(SiteFixtures.exampleProject());
        AuditTrail trail = new AuditTrail("shallow clone: changes before the oldest fetched commit are not shown", false,
                List.of(new RecordChange("Risk", "R-01", "src/main/aims/risks.yaml", "0123456789abcdef0123",
                                Instant.parse("2026-03-01T10:15:00Z"), "Ada | Lovelace", "Add R-01", false, "created"),
                        new RecordChange("Risk", "R-01", "src/main/aims/risks.yaml", "fedcba9876543210fedc",
                                Instant.parse("2026-06-02T08:00:00Z"), "Ben",
                                "include::/etc/passwd[] <script>alert(1)</script>", false, "changed"),
                        new RecordChange("Control", "A.6.2.4", "src/main/aims/statement-of-applicability.yaml",
                                "aaaaaaaaaabbbbbbbbbb", Instant.parse("2026-04-01T00:00:00Z"), "Cy", "Decide A.6.2.4",
                                false, "created")),
                Set.of("AISystem/credit-scoring-model"));
        SiteInput input = new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(),
                plain.today(), plain.commit(), plain.pluginVersion(), plain.date(), trail);

        new SiteWriter(null).write(input, site);

        String risk = Files.readString(site.resolve("adoc/risk-R-01.adoc"));
        assertThat(risk).contains("== History")
                .containsSubsequence("|2026-06-02 08:00 UTC |`fedcba9876` |Ben |changed",
                        "|2026-03-01 10:15 UTC |`0123456789` |Ada {vbar} Lovelace |created |Add R-01")
                // the directive and the tag stay text: inside passthroughs, mid-line, on the row of their commit
                .contains("|changed |pass:c[include::/etc/passwd[\\]] pass:c[<script>alert(1)</script>]\n")
                .doesNotContainPattern("(?m)^include::").doesNotContainPattern("(?<!pass:c\\[)<script>")
                .contains("_shallow clone: changes before the oldest fetched commit are not shown._");
        assertThat(Files.readString(site.resolve("adoc/system-credit-scoring-model.adoc")))
                .contains("not committed yet").contains("_No commit has changed this record yet._");
        String page = Files.readString(site.resolve("adoc/audit-trail.adoc"));
        assertThat(page).contains("<option value=\"kind-Control\">Control</option>")
                .contains("<option value=\"kind-Risk\">Risk</option>")
                .contains("[.trail-row.kind-Risk]#Risk# |link:risk-R-01.html[R-01] |changed")
                .contains("[.trail-row.kind-Control]#Control# |A.6.2.4 |created")
                .contains("Changed in the working tree but not committed: AISystem/credit-scoring-model");
    }
}
