package io.github.aimsplugin.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One module's record files: its name, its base directory (its evidence paths are relative to it) and the folders
 * searched for {@code *.yaml} and {@code *.yml} files (relative to the base directory, or absolute inside it).
 */
public record RecordSource(String module, Path baseDirectory, List<Path> sourceDirectories) {

    public RecordSource {
        module = module == null ? "" : module;
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        Path base = baseDirectory;
        sourceDirectories = sourceDirectories.stream().map(dir -> base.resolve(dir).normalize()).toList();
    }

    public RecordOrigin origin() {
        return new RecordOrigin(module, baseDirectory);
    }
}
