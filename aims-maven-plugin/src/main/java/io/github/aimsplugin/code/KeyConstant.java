package io.github.aimsplugin.code;

/**
 * A string constant, in a class that uses an AI SDK, shaped like a provider's API key. Holds only the masked form:
 * the key itself is never kept, printed or written.
 *
 * @param masked the pattern's public prefix, then asterisks and the length
 * @param provider whose key it looks like
 */
public record KeyConstant(String masked, String provider, String className, String file, int line) {

    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
