package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.load.SourceLocation;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aForgedLogLineStaysOnItsLine() {
        String id = "R-1\n[INFO] BUILD SUCCESS\r\n\u001b[2J";
        assertThat(LogText.escape(id)).isEqualTo("R-1\\n[INFO] BUILD SUCCESS\\r\\n\\u001b[2J").doesNotContain("\n", "\r");
    }

    @Test
    void directionAndSeparatorCharactersAreShownAsEscapes() {
        assertThat(LogText.escape("a\u202Eb\u2028c\u2029d\u0085e\u2066f\tg")).isEqualTo(
                "a\\u202eb\\u2028c\\u2029d\\u0085e\\u2066f\\tg");
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "src/main/aims/risks.yaml:3:1: [Risk R-1] für Kunden — ok (schema)";
        assertThat(LogText.escape(text)).isSameAs(text);
    }

    @Test
    void problemsAreFormattedOnOneLine() {
        Problem problem = Problem.inRecord(SourceLocation.startOf("a.yaml"), "Risk", "R-1\n[INFO] BUILD SUCCESS",
                "title 'x\u202Ey' is wrong", "schema");
        assertThat(problem.format()).isEqualTo(
                "a.yaml:1:1: [Risk R-1\\n[INFO] BUILD SUCCESS] title 'x\\u202ey' is wrong (schema)");
    }
}
