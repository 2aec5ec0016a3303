package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to validate.
 *
 * @param baseDirectory the project base directory: paths are shown relative to it and evidence files must lie in it
 * @param sourceDirectories folders searched for {@code *.yaml} and {@code *.yml} record files; missing ones are skipped
 * @param today the date against which "must be in the past" is judged
 * @param limits YAML safety limits
 */
public record ValidationRequest(Path baseDirectory, List<Path> sourceDirectories, LocalDate today, YamlLimits limits) {

    public ValidationRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        Path base = baseDirectory;
        sourceDirectories = sourceDirectories.stream().map(dir -> base.resolve(dir).normalize()).toList();
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
    }

    /** The defaults: {@code src/main/aims} under the base directory, today's date, default limits. */
    public static ValidationRequest of(Path baseDirectory) {
        return new ValidationRequest(baseDirectory, List.of(Path.of("src", "main", "aims")), LocalDate.now(),
                YamlLimits.defaults());
    }
}
