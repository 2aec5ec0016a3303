package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.maven.validation.RecordValidation;
import io.github.aimsplugin.paths.OutputPaths;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.File;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every AIMS goal shares: skipping, where records are, and loading them. Subclasses only add their step. */
public abstract class AbstractAimsMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "aims.skip", defaultValue = "false")
    private boolean skip;

    /** The module's base directory; record paths are shown relative to it, and evidence must lie inside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * Directories searched, recursively, for record files ({@code *.yaml}, {@code *.yml}). Default:
     * {@code src/main/aims}. Missing directories are skipped. They must lie inside the project.
     */
    @Parameter(property = "aims.sourceDirectories")
    private List<File> sourceDirectories;

    /** Largest record file read, in bytes; larger files are reported, not parsed. */
    @Parameter(property = "aims.maxFileBytes", defaultValue = "" + YamlLimits.DEFAULT_MAX_FILE_BYTES)
    private long maxFileBytes;

    /**
     * The date against which "must be in the past" is judged, as YYYY-MM-DD. Default: the current date. Set it to
     * make a build repeatable.
     */
    @Parameter(property = "aims.today")
    private String today;

    /** RFC 3339 in UTC with seconds always written (OSCAL's date-time needs them). */
    private static final java.time.format.DateTimeFormatter UTC_SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /** The module's build directory: every output goes under it unless a setting explicitly says otherwise. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    protected final RecordValidation validation;

    protected AbstractAimsMojo(RecordValidation validation) {
        this.validation = validation;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping AIMS " + goal() + ": aims.skip is true");
            return;
        }
        run();
    }

    /** The goal's name, for log lines. */
    protected abstract String goal();

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Loads and validates the records; configuration and I/O faults become {@link MojoExecutionException}. */
    protected final ValidationResult validateRecords() throws MojoExecutionException {
        if (maxFileBytes < 1) {
            throw new MojoExecutionException("aims.maxFileBytes must be a positive number of bytes, not " + maxFileBytes);
        }
        try {
            return validation.validate(baseDirectory, sourceDirectories(), today(), maxFileBytes);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("cannot read AIMS records: " + e.getMessage(), e);
        }
    }

    /**
     * A configured file that must lie inside the project: the plugin reads nothing outside the project, its build
     * directory and the Maven repository.
     */
    protected final Path insideProject(File file, String property) throws MojoExecutionException {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path path = base.resolve(file.toPath()).toAbsolutePath().normalize();
        Path real = io.github.aimsplugin.schema.load.ContainedFiles.realDestination(path);
        if (!path.startsWith(base) || !real.startsWith(io.github.aimsplugin.schema.load.ContainedFiles.real(base))) {
            throw new MojoExecutionException(property + " " + file + (real.equals(path) ? "" : " (a link to " + real
                    + ")") + " lies outside the project directory " + base
                    + "; copy the file into the project (for a released version, use aims.diffVersion)");
        }
        // The checked real path is the one read, so a link swapped in later is not followed out of the project.
        return real;
    }

    /**
     * A configured output folder or file, checked on its real destination: inside the build directory, or — when
     * {@code buildOnly} is false and the user set it — inside the project, which the log then says.
     */
    protected final Path outputPath(File configured, String property, boolean buildOnly) throws MojoExecutionException {
        try {
            OutputPaths.Checked checked = outputPaths().check(configured.toPath(), property, buildOnly);
            checked.note().ifPresent(getLog()::warn);
            return checked.path();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** A file written into the project on purpose (baseline, scaffold); it must stay inside the project. */
    protected final Path projectOutputPath(File configured, String property) throws MojoExecutionException {
        try {
            return outputPaths().checkInProject(configured.toPath(), property);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private OutputPaths outputPaths() {
        File build = buildDirectory != null ? buildDirectory : new File(baseDirectory, "target");
        return new OutputPaths(baseDirectory.toPath(), build.toPath());
    }

    /**
     * The records of a previous release's bundle, for a comparison: checked against their schemas first, as strictly
     * as record files, since a bundle is an artifact from a repository.
     */
    protected final java.util.Map<String, io.github.aimsplugin.release.ModelBundle.Entry> releasedBundle(Path file,
            String label) throws MojoExecutionException, MojoFailureException {
        try {
            List<io.github.aimsplugin.schema.Problem> problems = validation.checkReleased(
                    io.github.aimsplugin.release.ModelBundle.records(file, label));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> getLog().error(
                        io.github.aimsplugin.maven.validation.ValidationReport.line(problem)));
                throw new MojoFailureException("the released bundle " + file.getFileName() + " (" + label + ") holds "
                        + problems.size() + " invalid record(s), listed above; it is not compared");
            }
            return io.github.aimsplugin.release.ModelBundle.read(file);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("cannot read the AIMS bundle " + file.getFileName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The largest record file read, in bytes (also the limit for old revisions in the history). */
    protected final long maxFileBytes() {
        return maxFileBytes;
    }

    protected final List<File> sourceDirectories() {
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            return List.of(new File(baseDirectory, "src/main/aims"));
        }
        return sourceDirectories.stream()
                .map(dir -> dir.isAbsolute() ? dir : new File(baseDirectory, dir.getPath()))
                .toList();
    }

    /** The configured record folders relative to this module, to look for the same folders in other modules. */
    protected final List<Path> relativeSourceDirectories() {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        return sourceDirectories().stream().map(dir -> dir.toPath().toAbsolutePath().normalize())
                .map(dir -> dir.startsWith(base) ? base.relativize(dir) : dir).toList();
    }

    /** The build's {@code project.build.outputTimestamp}, or null. */
    protected final String outputTimestamp() {
        return outputTimestamp;
    }

    /**
     * The build's time as an RFC 3339 date-time in UTC, for outputs that must carry one: from
     * {@code project.build.outputTimestamp} (ISO date-time or seconds since the epoch), else the start of aims.today.
     */
    protected final String buildTimestamp() throws MojoExecutionException {
        String stamp = outputTimestamp == null ? "" : outputTimestamp.strip();
        if (!stamp.isEmpty() && !stamp.startsWith("$")) {
            try {
                java.time.Instant instant = stamp.matches("\\d+") ? java.time.Instant.ofEpochSecond(Long.parseLong(stamp))
                        : java.time.OffsetDateTime.parse(stamp).toInstant();
                return UTC_SECONDS.format(instant);
            } catch (DateTimeParseException | NumberFormatException e) {
                getLog().warn("project.build.outputTimestamp '" + stamp + "' is not a date-time; using aims.today");
            }
        }
        return UTC_SECONDS.format(today().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    protected final File baseDirectory() {
        return baseDirectory;
    }

    protected final LocalDate today() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("aims.today must be a date written YYYY-MM-DD, not '" + today + "'", e);
        }
    }
}
