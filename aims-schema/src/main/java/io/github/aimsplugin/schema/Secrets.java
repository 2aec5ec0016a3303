package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.catalog.Catalogs;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides whether text taken from code, configuration or a metric source may be shown. Such text
 * is not the record author's: a class constant, a property value or a cell of a monitoring export may be an API key.
 * Every value of that kind goes through {@link #shown(String)} before it reaches a log line, a report, a bundle, an
 * export, a page or a scaffold; a key-shaped value is reported as such (provider, public prefix, length), never
 * shown. The shapes are catalog data ({@code keyPatterns} of {@code aims/catalog/ai-code.yaml}). Thread-safe.
 */
public final class Secrets {

    /** A provider's key shape; {@code prefix} is all of a key any output may show. */
    public record KeyShape(String provider, String prefix, String regex) {}

    /** A key-shaped piece of some text: whose key it looks like, and its masked form. */
    public record Key(String provider, String masked) {}

    private record Catalog(List<KeyShape> keyPatterns) {}

    private static final class Shapes {
        static final List<KeyShape> ALL = Catalogs.read("ai-code.yaml", Catalog.class).keyPatterns();
        static final List<Pattern> COMPILED = ALL.stream().map(shape -> Pattern.compile(shape.regex())).toList();
    }

    private Secrets() {}

    /** The key shapes, in the catalog's order (the more specific before the more general). */
    public static List<KeyShape> shapes() {
        return Shapes.ALL;
    }

    /** The first key-shaped piece of the text, if any. */
    public static Optional<Key> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < Shapes.COMPILED.size(); i++) {
            Matcher matcher = Shapes.COMPILED.get(i).matcher(text);
            if (matcher.find()) {
                KeyShape shape = Shapes.ALL.get(i);
                return Optional.of(new Key(shape.provider(), mask(shape.prefix(), matcher.group().length())));
            }
        }
        return Optional.empty();
    }

    /** Whether any part of the text is shaped like a provider API key. */
    public static boolean holdsKey(String text) {
        return find(text).isPresent();
    }

    /**
     * The text as it may be shown: unchanged when nothing in it is key-shaped, otherwise a description of the key
     * ({@code <OpenAI API key sk-****… (164 characters)>}) that keeps none of it but the public prefix.
     */
    public static String shown(String text) {
        return find(text).map(key -> "<" + key.provider() + " API key " + key.masked() + ">").orElse(text);
    }

    /**
     * The key a text stands for: one shaped like a key, or a description {@link #shown} made of one (values from
     * code are masked where they are made, so a later reader sees the description, not the key).
     */
    public static Optional<Key> keyIn(String text) {
        Optional<Key> found = find(text);
        if (found.isPresent() || text == null) {
            return found;
        }
        Matcher described = DESCRIPTION.matcher(text);
        return described.matches() ? Optional.of(new Key(described.group(1), described.group(2))) : Optional.empty();
    }

    private static final Pattern DESCRIPTION = Pattern.compile("<(.{1,40}) API key (.{1,40}\\(\\d{1,9} characters\\))>");

    /** {@code sk-****… (51 characters)}: the public prefix and the length, nothing else. */
    public static String mask(String prefix, int length) {
        return prefix + "****… (" + length + " characters)";
    }
}
