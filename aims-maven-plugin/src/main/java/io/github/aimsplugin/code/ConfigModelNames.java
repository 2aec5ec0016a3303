package io.github.aimsplugin.code;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The model names of the well-known configuration keys (ai-code.yaml configKeys) in a module's
 * {@code application*.properties} and {@code application*.yml}. A value with a {@code ${...}} placeholder is
 * computed, reported unresolved. A file that cannot be read is a warning.
 */
final class ConfigModelNames {

    static final long MAX_CONFIG_BYTES = 1024 * 1024;

    record Result(List<ModelNameUse> models, List<String> warnings) {}

    private final CodeCatalog catalog;

    ConfigModelNames(CodeCatalog catalog) {
        this.catalog = catalog;
    }

    Result read(List<Path> resourceRoots, Function<Path, String> shown) {
        List<ModelNameUse> models = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path root : resourceRoots) {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "application*.{properties,yml,yaml}")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path file : sorted) {
                    read(file, shown.apply(file), models, warnings);
                }
            } catch (IOException e) {
                warnings.add("resources " + shown.apply(root) + " could not be listed (" + e.getMessage() + ")");
            }
        }
        return new Result(models, warnings);
    }

    private void read(Path file, String shown, List<ModelNameUse> models, List<String> warnings) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_CONFIG_BYTES) {
                return;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (shown.endsWith(".properties")) {
                properties(text, shown, models);
            } else {
                yaml(text, shown, models);
            }
        } catch (IOException | RuntimeException e) {
            warnings.add("configuration " + shown + " could not be read for model names (" + e.getMessage() + ")");
        }
    }

    private void properties(String text, String shown, List<ModelNameUse> models) {
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
            add(line.substring(0, separator).strip(), line.substring(separator + 1).strip(), shown, i + 1, models);
        }
    }

    private static int indexOfSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private void yaml(String text, String shown, List<ModelNameUse> models) throws IOException {
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
                            add(key, parser.getText(), shown, parser.currentTokenLocation().getLineNr(), models);
                        }
                        field = null;
                    }
                }
            }
        }
    }

    private void add(String key, String value, String shown, int line, List<ModelNameUse> models) {
        catalog.configKey(key).ifPresent(entry -> {
            boolean computed = value.isEmpty() || value.contains("${");
            models.add(new ModelNameUse(computed ? null : value, key, "", shown, line, entry.sdk()));
        });
    }
}
