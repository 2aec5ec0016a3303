package io.github.aimsplugin.validation;

import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Validates a module's AIMS records. One shared, stateless instance: schemas and catalogs are compiled once per
 * build, whatever the number of modules or threads. It never touches AsciidoctorJ or JRuby.
 */
@Named
@Singleton
public class RecordValidation {

    /** Built on first use, so a skipped goal or a goal that validates nothing loads no schema or catalog code. */
    private volatile AimsValidator validator;

    /**
     * @throws IllegalArgumentException when a source directory lies outside the base directory
     */
    public ValidationResult validate(File baseDirectory, List<File> sourceDirectories, LocalDate today,
            long maxFileBytes) {
        List<Path> directories = sourceDirectories.stream().map(File::toPath).toList();
        return validator().validate(new ValidationRequest(baseDirectory.toPath(), directories, today,
                limits(maxFileBytes)));
    }

    /**
     * Validates several modules and released bundles as one AIMS (aims:aggregate).
     *
     * @throws IllegalArgumentException when a module or source directory lies outside the aggregate's directory
     */
    public ValidationResult validate(Path baseDirectory, List<RecordSource> sources, List<BundledRecord> bundled,
            LocalDate today, long maxFileBytes) {
        return validator().validate(new ValidationRequest(baseDirectory, sources, bundled, today, limits(maxFileBytes)));
    }

    /**
     * Validates what a request names: one module, or several and released bundles (aims:aggregate).
     *
     * @throws IllegalArgumentException when a module or record folder lies outside the base directory
     */
    public ValidationResult validate(ValidationRequest request) {
        return validator().validate(request);
    }

    /**
     * As {@link #validate(ValidationRequest)}, with the record files whose bytes did not change since the last build
     * taken from {@code cache} (null: none) instead of being parsed and schema-checked again.
     */
    public ValidationResult validate(ValidationRequest request, io.github.aimsplugin.schema.RecordFileCache cache) {
        return validator().validate(request, cache);
    }

    /** The schema problems of a released bundle's records (aims:diff, the Changes page). */
    public List<io.github.aimsplugin.schema.Problem> validateReleased(List<BundledRecord> bundled) {
        return validator().validateReleased(bundled);
    }

    private AimsValidator validator() {
        AimsValidator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = new AimsValidator();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static YamlLimits limits(long maxFileBytes) {
        YamlLimits defaults = YamlLimits.defaults();
        return new YamlLimits(maxFileBytes, defaults.maxDepth(), defaults.maxDocumentsPerFile());
    }
}
