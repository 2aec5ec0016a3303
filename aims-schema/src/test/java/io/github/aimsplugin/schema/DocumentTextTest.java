package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void xmlReplacesEveryCharacterXml10ForbidsAndKeepsTheRest() {
        assertThat(DocumentText.xml("gpt-4o\uFFFF\uFFFE\u0000\u0007\u001b")).isEqualTo("gpt-4o\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(DocumentText.xml("a\ud800b\udc00c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(DocumentText.xml("end\ud83d")).isEqualTo("end\uFFFD");
        String allowed = "tab\there\nline\rcr é \u2028 \uFFFD \ud83d\ude00 <&>\"";
        assertThat(DocumentText.xml(allowed)).isSameAs(allowed);
        assertThat(DocumentText.fitsXml(allowed)).isTrue();
        assertThat(DocumentText.fitsXml("\uFFFF")).isFalse();
        assertThat(DocumentText.xml(null)).isNull();
    }

    @Test
    void jsonReplacesOnlyLoneSurrogates() {
        assertThat(DocumentText.json("\uFFFF\u0000 \ud83d\ude00")).isEqualTo("\uFFFF\u0000 \ud83d\ude00");
        assertThat(DocumentText.json("\udc00\ud800")).isEqualTo("\uFFFD\uFFFD");
    }
}
