package io.github.aimsplugin.code;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.aimsplugin.schema.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The model names of the well-known configuration keys (ai-code.yaml configKeys) in a module's
 * {@code application*.properties} and {@code application*.yml}, Spring and Quarkus profiles included, and the values
 * shaped like API keys. A value with a {@code ${...}} placeholder is computed, reported unresolved. A file that is
 * not read (unreadable, not a regular file, a link out of its resource folder, larger than 1 MiB) is a warning
 * naming it and why, never skipped silently.
 */
final class ConfigModelNames {

    static final long MAX_CONFIG_BYTES = 1024 * 1024;
    static final String GLOB = "application*.{properties,yml,yaml}";

    record Result(List<ModelNameUse> models, List<KeyConstant> keys, List<String> warnings) {}

    private final CodeCatalog catalog;

    ConfigModelNames(CodeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The configuration files this reads, in a stable order: what the scan cache stamps. */
    static List<Path> files(List<Path> resourceRoots) throws IOException {
        List<Path> sorted = new ArrayList<>();
        for (Path root : resourceRoots) {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> inRoot = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(root, GLOB)) {
                    files.forEach(inRoot::add);
                }
                inRoot.sort(null);
                sorted.addAll(inRoot);
            }
        }
        return sorted;
    }

    Result read(List<Path> resourceRoots, Function<Path, String> shown) {
        List<ModelNameUse> models = new ArrayList<>();
        List<KeyConstant> keys = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path root : resourceRoots) {
            List<Path> files;
            try {
                files = files(List.of(root));
            } catch (IOException e) {
                warnings.add("resources " + shown.apply(root) + " could not be listed (" + e.getMessage() + ")");
                continue;
            }
            for (Path file : files) {
                // A file name is file-derived text too: a key-shaped one is only ever shown masked.
                String name = Secrets.shown(shown.apply(file));
                String refused = refused(root, file);
                if (refused != null) {
                    warnings.add("configuration " + name + " " + refused + ": not read for model names and keys");
                    continue;
                }
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Values values = new Values(name, models, keys);
                    if (file.getFileName().toString().endsWith(".properties")) {
                        properties(text, values);
                    } else {
                        yaml(text, values);
                    }
                } catch (IOException | RuntimeException e) {
                    // The parser's own message quotes the broken line, which may hold a password: where only.
                    warnings.add("configuration " + name + " could not be read for model names (" + where(e) + ")");
                }
            }
        }
        return new Result(models, keys, warnings);
    }

    /** Where a file could not be parsed (line and column when the parser knows them), never its text. */
    static String where(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException parse && parse.getLocation() != null
                && parse.getLocation().getLineNr() > 0) {
            return "malformed at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr();
        }
        return e instanceof IOException ? "cannot be read: " + e.getClass().getSimpleName() : "malformed";
    }

    /** Why a file is not read, or null: only regular files of at most 1 MiB inside their resource folder. */
    static String refused(Path root, Path file) {
        try {
            BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isSymbolicLink() && !file.toRealPath().startsWith(root.toRealPath())) {
                return "is a link to a file outside its resource folder";
            }
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            if (!target.isRegularFile()) {
                return "is not a regular file (a folder, FIFO or device)";
            }
            if (target.size() > MAX_CONFIG_BYTES) {
                return "is larger than " + MAX_CONFIG_BYTES + " bytes";
            }
            return null;
        } catch (IOException e) {
            return "could not be opened (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Where the values of one file go. */
    private record Values(String file, List<ModelNameUse> models, List<KeyConstant> keys) {}

    private void properties(String text, Values values) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator < 0) {
                continue;
            }
            add(line.substring(0, separator).strip(), line.substring(separator + 1).strip(), i + 1, values);
        }
    }

    /** The first '=' or ':' outside double quotes (Quarkus names a model {@code openai."fast".chat-model}). */
    private static int indexOfSeparator(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '=' || c == ':')) {
                return i;
            }
        }
        return -1;
    }

    private void yaml(String text, Values values) throws IOException {
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> field = parser.currentName();
                    case START_OBJECT -> {
                        if (field != null) {
                            path.addLast(field);
                        }
                        field = null;
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    case START_ARRAY -> parser.skipChildren();
                    default -> {
                        if (token.isScalarValue() && field != null) {
                            String key = String.join(".", path) + (path.isEmpty() ? "" : ".") + field;
                            add(key, parser.getText(), parser.currentTokenLocation().getLineNr(), values);
                        }
                        field = null;
                    }
                }
            }
        }
    }

    private void add(String key, String value, int line, Values values) {
        // Any value may be a key compiled into the jar with the resources, whatever its property.
        Secrets.find(value).ifPresent(found -> values.keys().add(new KeyConstant(found.masked(), found.provider(),
                "", values.file(), line)));
        catalog.configKey(key).ifPresent(entry -> {
            boolean computed = value.isEmpty() || value.contains("${");
            values.models().add(new ModelNameUse(computed ? null : value, entry.shown(key), "", values.file(), line,
                    entry.sdk()));
        });
    }
}
