package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A copy of a fixture project in a temporary directory, which a test may change before validating it. */
final class FixtureProject {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    final Path root;

    private FixtureProject(Path root) {
        this.root = root;
    }

    static FixtureProject copyOf(String name, Path target) {
        ResourceTrees.copy(FixtureProject.class, "/projects/" + name, target);
        return new FixtureProject(target);
    }

    /** Replaces exactly one occurrence of {@code from} in a file of src/main/aims. */
    FixtureProject replace(String file, String from, String to) {
        Path path = aims(file);
        String text = read(path);
        assertThat(text).as("fixture %s must contain %s exactly once", file, from).containsOnlyOnce(from);
        write(path, text.replace(from, to));
        return this;
    }

    FixtureProject append(String file, String text) {
        Path path = aims(file);
        write(path, (Files.exists(path) ? read(path) : "") + text);
        return this;
    }

    FixtureProject write(String file, String text) {
        write(aims(file), text);
        return this;
    }

    Path aims(String file) {
        return root.resolve("src/main/aims").resolve(file);
    }

    ValidationResult validate() {
        return new AimsValidator().validate(new ValidationRequest(root, List.of(Path.of("src/main/aims")), TODAY,
                YamlLimits.defaults()));
    }

    List<String> problems() {
        return validate().problems().stream().map(Problem::format).toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
