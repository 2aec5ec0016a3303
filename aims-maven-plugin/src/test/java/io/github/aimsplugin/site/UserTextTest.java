package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"include::/etc/passwd[]", "ifdef::x[]", "+++<b>x</b>+++", "pass:[<i>x</i>]", "{author}",
        ":toc:", "a | b", "link:javascript:alert(1)[x]", "image:x.png[]", "xref:a.adoc[x]", "<script>x</script>",
        "*bold*", "`code`", "#mark#", "(C)", "footnote:[x]"})
    void noAsciiDocOrHtmlSyntaxSurvives(String hostile) {
        String escaped = UserText.asciiDoc(hostile);

        assertThat(escaped).doesNotContainPattern("[|{}\\[\\]<>:+*`]").doesNotContain("(C)");
        assertThat(escaped.replaceAll("&#(\\d+);", "")).matches("[A-Za-z0-9 ]*");
    }

    @Test
    void plainWordsAndNonAsciiLettersStayReadable() {
        assertThat(UserText.asciiDoc("Credit scoring für Kunden")).isEqualTo("Credit scoring für Kunden");
        assertThat(UserText.asciiDoc("a.b")).isEqualTo("a&#46;b");
    }

    @Test
    void lineBreaksCannotStartABlock() {
        assertThat(UserText.asciiDoc("x\n= Heading\r\n----")).doesNotContain("\n").startsWith("x &#61; Heading");
    }

    @Test
    void htmlEscapingCoversElementsAndAttributes() {
        assertThat(UserText.html("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(UserText.asciiDoc(null)).isEmpty();
    }

    @Test
    void htmlForAPassthroughBlockStaysOnOneLine() {
        // A line of its own "++++" would end the passthrough around the site's SVG charts.
        assertThat(UserText.html("a\n++++\nlink:javascript:x[y]\r\n++++\u2028b")).doesNotContain("\n", "\r", "\u2028")
                .isEqualTo("a ++++ link:javascript:x[y]  ++++ b");
    }

    @Test
    void bidirectionalControlsAreDroppedFromPages() {
        String reversed = "invoice\u202Efdp.exe\u2066x\u2069\u200F";
        assertThat(UserText.asciiDoc(reversed)).isEqualTo("invoicefdp&#46;exex");
        assertThat(UserText.html(reversed)).isEqualTo("invoicefdp.exex");
    }
}
