package io.github.aimsplugin.check;

import java.util.Locale;

/** How much a rule's violations matter. OFF turns a rule off. */
public enum Level {
    ERROR, WARNING, OFF;

    /** Parses "error", "warning" or "off", in any case. */
    public static Level parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("level must be error, warning or off, not '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
