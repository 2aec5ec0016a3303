package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    @Test
    void idsThatDifferOnlyInPunctuationGetTheirOwnAnchors() {
        List<String> anchors = List.of("EV.2", "EV_2", "EV:2", "EV-2", "EV__2", "EV_2e_2").stream()
                .map(id -> SiteLinks.anchor("evidence", id)).toList();

        assertThat(anchors).doesNotHaveDuplicates().allMatch(anchor -> anchor.matches("[A-Za-z0-9_-]+"));
        assertThat(SiteLinks.anchor("nc", "NC-2026-01")).isEqualTo("nc-NC-2026-01");
    }
}
