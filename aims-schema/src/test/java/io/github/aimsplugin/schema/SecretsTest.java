package io.github.aimsplugin.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String OPENAI = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6";

    @Test
    void aKeyShapedValueIsDescribedNeverShown() {
        String shown = Secrets.shown(OPENAI);
        assertFalse(shown.contains("A1b2C3"), shown);
        assertEquals("<OpenAI API key sk-****… (" + OPENAI.length() + " characters)>", shown);
    }

    @Test
    void aKeyInsideOtherTextIsFoundToo() {
        String text = "${openai.api-key:" + OPENAI + "}";
        assertTrue(Secrets.holdsKey(text));
        assertFalse(Secrets.shown(text).contains("A1b2C3"));
    }

    @Test
    void ordinaryTextIsKept() {
        assertEquals("gpt-4o-mini-2024-07-18", Secrets.shown("gpt-4o-mini-2024-07-18"));
        assertFalse(Secrets.holdsKey("text-embedding-3-small"));
    }

    @Test
    void theMoreSpecificShapeWins() {
        assertEquals("Anthropic", Secrets.find("sk-ant-api03-" + "x".repeat(40)).orElseThrow().provider());
        assertEquals("AWS", Secrets.find("AKIAIOSFODNN7EXAMPLE").orElseThrow().provider());
    }

    @Test
    void aDescriptionIsKnownAsTheKeyItStandsFor() {
        Secrets.Key key = Secrets.keyIn(Secrets.shown(OPENAI)).orElseThrow();
        assertEquals("OpenAI", key.provider());
        assertTrue(key.masked().startsWith("sk-****"));
        assertFalse(Secrets.keyIn("gpt-4o").isPresent());
    }
}
