package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.load.YamlLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to validate: the record files of one module or of several (an aggregate), and records of released bundles.
 *
 * @param baseDirectory the directory paths are shown relative to; every module lies inside it and nothing outside it
 *     is read
 * @param sources the modules and their record folders; missing folders are skipped
 * @param bundled records of released bundles, validated together with the files
 * @param today the date against which "must be in the past" is judged
 * @param limits YAML safety limits
 */
public record ValidationRequest(Path baseDirectory, List<RecordSource> sources, List<BundledRecord> bundled,
        LocalDate today, YamlLimits limits) {

    public ValidationRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        sources = List.copyOf(sources);
        bundled = List.copyOf(bundled);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        for (RecordSource source : sources) {
            if (!source.baseDirectory().startsWith(baseDirectory)) {
                throw new IllegalArgumentException("module directory " + source.baseDirectory()
                        + " lies outside " + baseDirectory + "; aggregate only modules inside the project directory");
            }
        }
    }

    /** One module: its base directory and record folders. */
    public ValidationRequest(Path baseDirectory, List<Path> sourceDirectories, LocalDate today, YamlLimits limits) {
        this(baseDirectory, List.of(new RecordSource("", baseDirectory, sourceDirectories)), List.of(), today, limits);
    }

    /** The defaults: {@code src/main/aims} under the base directory, today's date, default limits. */
    public static ValidationRequest of(Path baseDirectory) {
        return new ValidationRequest(baseDirectory, List.of(Path.of("src", "main", "aims")), LocalDate.now(),
                YamlLimits.defaults());
    }

    /** Every record folder of every module. */
    public List<Path> sourceDirectories() {
        return sources.stream().flatMap(source -> source.sourceDirectories().stream()).toList();
    }
}
