package io.github.aimsplugin.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries of aims.bundles as written, after Maven split a user property on its commas. */
class BundleArtifactsTest {

    @Test
    void aRangeCutInTwoByTheCommaIsJoinedAgain() {
        assertThat(BundleArtifacts.rejoinRanges(List.of("g:credit:[2", "3)", "g:fraud:1.8.1", "g:other:[2", ")")))
                .containsExactly("g:credit:[2,3)", "g:fraud:1.8.1", "g:other:[2,)");
    }

    @Test
    void entriesWrittenOneByOneStayAsTheyAre() {
        assertThat(BundleArtifacts.rejoinRanges(List.of("g:credit:[2,3)", "g:fraud:(1,2]", "g:plain:1.0")))
                .containsExactly("g:credit:[2,3)", "g:fraud:(1,2]", "g:plain:1.0");
        assertThat(BundleArtifacts.rejoinRanges(null)).isEmpty();
    }

    @Test
    void anUnclosedRangeIsKeptWholeForItsMessage() {
        assertThat(BundleArtifacts.rejoinRanges(List.of("g:credit:[2", "3"))).containsExactly("g:credit:[2,3");
    }
}
