package io.github.aimsplugin.export;

import java.util.regex.Pattern;

/** OSCAL tokens (role ids, control ids): a letter or '_' first, then letters, digits, '.', '-' or '_'. */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    private Tokens() {}

    /** The text as a token: characters a token cannot hold become '_', and a token never starts with a digit. */
    static String of(String text) {
        if (text != null && TOKEN.matcher(text).matches()) {
            return text;
        }
        String cleaned = (text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.isEmpty() || !TOKEN.matcher(cleaned).matches() ? "_" + cleaned : cleaned;
    }
}
