package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.release.BundleDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Changes page: differences from a previous release's bundle, or how to get them. */
class ChangesPageTest {

    @TempDir
    Path site;

    @Test
    void listsEachDifferenceEscaped() throws IOException {
        SiteInput plain = SiteFixtures.input(SiteFixtures.exampleProject());
        SiteInput input = new SiteInput(plain.model(), plain.check(), plain.catalogs(), plain.baseDirectory(),
                plain.today(), plain.commit(), plain.pluginVersion(), plain.date(), null,
                new SiteInput.ReleaseChanges("aims-bundle-1.0.json", List.of(
                        new BundleDiff.Difference("Control", "A.6.2.4", "changed",
                                List.of("applicable, partial → applicable, implemented", "fields status")),
                        new BundleDiff.Difference("Risk", "R-15", "added", List.of("inherent likelihood 4 severity 4")))));

        new SiteWriter(null).write(input, site);

        assertThat(Files.readString(site.resolve("adoc/changes.adoc")))
                .contains("Compared with aims-bundle-1.0.json.")
                .contains("|Control |A.6.2.4 |changed |applicable, partial → applicable, implemented, fields status")
                .contains("|Risk |R-15 |added |inherent likelihood 4 severity 4");
    }

    @Test
    void withoutAPreviousReleaseItSaysHowToCompare() throws IOException {
        new SiteWriter(null).write(SiteFixtures.input(SiteFixtures.exampleProject()), site);

        assertThat(Files.readString(site.resolve("adoc/changes.adoc"))).contains("No previous release to compare with")
                .contains("aims.diffAgainst");
    }
}
