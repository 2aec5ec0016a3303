package io.github.aimsplugin.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** Names from class files reach the scaffold's YAML intact, and cannot add keys or lines of their own. */
class ScaffoldTemplatesTest {

    @Test
    void aQuotedNameReadsBackAsItWasWhateverItHolds() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String name : new String[] {"models\\phi3", "say \"hi\"", "line\nowner: mallory", "tab\there",
                "bell\u0007", "sep\u2028arator", "plain-name"}) {
            String document = "name: \"" + ScaffoldTemplates.quoted(name) + "\"\n";
            assertThat(yaml.readTree(document).get("name").asText()).as(name).isEqualTo(name);
            assertThat(yaml.readTree(document).size()).isEqualTo(1);
        }
    }

    @Test
    void aPackageIsPlainUnlessItNeedsQuotes() throws Exception {
        assertThat(ScaffoldTemplates.scalar("com.acme.support")).isEqualTo("com.acme.support");
        String hostile = "com.acme\n  - com.evil";
        String document = "code:\n  - " + ScaffoldTemplates.scalar(hostile) + "\n";
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThat(yaml.readTree(document).get("code")).hasSize(1);
        assertThat(yaml.readTree(document).get("code").get(0).asText()).isEqualTo(hostile);
    }

    @Test
    void aCommentStaysOnItsLine() {
        assertThat(ScaffoldTemplates.comment("chat\nkind: AISystem\r\u2028x")).doesNotContain("\n", "\r", "\u2028")
                .isEqualTo("chat kind: AISystem x");
    }
}
