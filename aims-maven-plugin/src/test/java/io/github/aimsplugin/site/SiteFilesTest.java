package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a site folder: only changed bytes are written, what the build did not produce is swept, links go. */
class SiteFilesTest {

    @TempDir
    Path work;

    @Test
    void aFileWithTheSameBytesIsNotWrittenAgain() throws IOException {
        Path site = work.resolve("site");
        SiteFiles files = SiteFiles.open(site);
        Path page = files.write(site.resolve("adoc/risk.adoc"), "= Risk\n");
        Files.setLastModifiedTime(page, FileTime.fromMillis(0));

        SiteFiles again = SiteFiles.open(site);
        again.write(site.resolve("adoc/risk.adoc"), "= Risk\n");
        assertThat(again.written()).isZero();
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(FileTime.fromMillis(0));

        again.write(site.resolve("adoc/risk.adoc"), "= Risk, reworded\n");
        assertThat(again.written()).isEqualTo(1);
        assertThat(Files.readString(page)).isEqualTo("= Risk, reworded\n");
    }

    @Test
    void onACaseInsensitiveDiskAPageWhoseNameChangedCaseIsNotSweptAway() throws IOException {
        Path site = work.resolve("site");
        SiteFiles first = SiteFiles.open(site);
        Path old = first.write(site.resolve("adoc/risk-r-1.adoc"), "one");
        // as a case-insensitive disk shows it: the new name is the old file
        Files.createLink(site.resolve("adoc/risk-R-1.adoc"), old);

        SiteFiles second = SiteFiles.open(site);
        second.write(site.resolve("adoc/risk-R-1.adoc"), "one");
        second.sweep();

        assertThat(site.resolve("adoc/risk-R-1.adoc")).hasContent("one");
        assertThat(old).as("the same file under its old name").exists();
    }

    @Test
    void theSweepDeletesWhatThisBuildDidNotProduceAndTheFoldersLeftEmpty() throws IOException {
        Path site = work.resolve("site");
        SiteFiles first = SiteFiles.open(site);
        first.write(site.resolve("adoc/risk-R-1.adoc"), "one");
        first.write(site.resolve("adoc/risk-R-2.adoc"), "two");
        first.write(site.resolve("evidence-files/e-1/report.txt"), "report");
        Files.writeString(site.resolve("risk-R-2.html"), "<p>two</p>");

        SiteFiles second = SiteFiles.open(site);
        second.write(site.resolve("adoc/risk-R-1.adoc"), "one");
        second.produced(site.resolve("risk-R-1.html"));
        second.sweep();

        assertThat(site.resolve("adoc/risk-R-1.adoc")).hasContent("one");
        assertThat(site.resolve("adoc/risk-R-2.adoc")).doesNotExist();
        assertThat(site.resolve("risk-R-2.html")).doesNotExist();
        assertThat(site.resolve("evidence-files")).doesNotExist();
    }

    @Test
    void linksInTheFolderAreDeletedAsItOpensAndNothingIsWrittenThroughThem() throws IOException {
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outside.resolve("index.adoc"), "theirs");
        Path site = Files.createDirectories(work.resolve("site"));
        Files.createSymbolicLink(site.resolve("adoc"), outside);
        Files.createSymbolicLink(site.resolve("index.html"), outside.resolve("index.adoc"));

        SiteFiles files = SiteFiles.open(site);
        files.write(site.resolve("adoc/index.adoc"), "ours");

        assertThat(outside.resolve("index.adoc")).hasContent("theirs");
        assertThat(site.resolve("adoc")).isDirectory();
        assertThat(Files.isSymbolicLink(site.resolve("adoc"))).isFalse();
        assertThat(site.resolve("index.html")).doesNotExist();
        assertThat(site.resolve("adoc/index.adoc")).hasContent("ours");
    }

    @Test
    void aFileOutsideTheSiteIsRefused() throws IOException {
        Path site = work.resolve("site");
        SiteFiles files = SiteFiles.open(site);
        assertThatThrownBy(() -> files.write(site.resolve("../elsewhere.adoc"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(work.resolve("elsewhere.adoc")).doesNotExist();
    }
}
