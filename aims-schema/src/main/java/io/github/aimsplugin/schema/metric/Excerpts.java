package io.github.aimsplugin.schema.metric;

import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.schema.Secrets;

/**
 * How a metric message names what it is about. A metric source is not the record author's: a properties file may be
 * {@code .env}, a JUnit report's properties are the test JVM's system properties, a CSV header may be 20,000 cells
 * long. So a message never shows a value, a cell or a header of the source: it says what kind of value was found
 * (and whether it looks like a key). What the record author wrote (a key, a column, a pointer) is quoted short and
 * escaped.
 */
final class Excerpts {

    /** The most of an author's selector a message quotes, in characters. */
    static final int MAX_QUOTED = 60;

    private Excerpts() {}

    /** {@code 'accuracy'}: an excerpt of the record author's text, on one line, never a key. */
    static String authored(String text) {
        // masked before it is cut: a key cut short no longer looks like one
        String excerpt = Secrets.shown(text);
        if (excerpt.length() > MAX_QUOTED) {
            int end = Character.isHighSurrogate(excerpt.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            excerpt = excerpt.substring(0, end) + "…";
        }
        return "'" + LogText.escape(excerpt) + "'";
    }

    /** What a value of the source is, without showing it: "an empty value", "a text of 12 characters", or a key. */
    static String found(String value) {
        if (value.isBlank()) {
            return "an empty value";
        }
        return Secrets.find(value).map(key -> "a value shaped like a key (" + key.provider() + " API key "
                + key.masked() + "), not shown").orElse("a text of " + value.length() + " characters, not shown");
    }
}
