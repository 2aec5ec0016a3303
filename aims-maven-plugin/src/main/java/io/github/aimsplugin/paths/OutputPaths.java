package io.github.aimsplugin.paths;

import io.github.aimsplugin.schema.load.ContainedFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the plugin may write. By default only inside the build directory ({@code target/}); a folder the user sets
 * explicitly inside the project but outside the build directory is allowed, and said so in the log; anywhere else —
 * also through a link — is a configuration error. Judged on the real destination, so a {@code target/aims-site} that
 * is a link out of the build directory is refused rather than written through.
 */
public final class OutputPaths {

    /** A checked output folder or file, and the note to log when it lies outside the build directory. */
    public record Checked(Path path, Optional<String> note) {}

    private final Path project;
    private final Path build;

    public OutputPaths(Path projectDirectory, Path buildDirectory) {
        this.project = projectDirectory.toAbsolutePath().normalize();
        this.build = buildDirectory.toAbsolutePath().normalize();
    }

    /**
     * @param configured the folder or file as configured
     * @param property the user property that sets it, for messages
     * @param buildOnly whether it must lie strictly inside the build directory (a folder the plugin empties)
     * @throws IllegalArgumentException with a message naming the setting, the link and where it leads
     */
    public Checked check(Path configured, String property, boolean buildOnly) {
        Path path = project.resolve(configured).toAbsolutePath().normalize();
        Path real = ContainedFiles.realDestination(path);
        Path realBuild = ContainedFiles.realDestination(build);
        if (real.startsWith(realBuild) && !real.equals(realBuild)) {
            return new Checked(path, Optional.empty());
        }
        String where = real.equals(path) ? path.toString() : path + ", a link to " + real + ",";
        if (buildOnly) {
            throw new IllegalArgumentException(property + " " + where + " must lie inside the build directory " + build
                    + ", because the plugin empties it before writing; choose a folder under " + build);
        }
        if (real.startsWith(ContainedFiles.real(project)) && path.startsWith(project)) {
            return new Checked(path, Optional.of(property + " " + path + " lies outside the build directory " + build
                    + "; writing there because it is set explicitly"));
        }
        throw new IllegalArgumentException(property + " " + where + " lies outside the project directory " + project
                + " and its build directory; the plugin writes only inside them. Choose a folder under " + build);
    }

    /**
     * A file the plugin writes into the project on purpose (the baseline, the scaffold of aims:init): it must lie
     * inside the project or its build directory, also after following links.
     */
    public Path checkInProject(Path configured, String property) {
        Path path = project.resolve(configured).toAbsolutePath().normalize();
        Path real = ContainedFiles.realDestination(path);
        if (path.startsWith(project) && real.startsWith(ContainedFiles.real(project))
                || real.startsWith(ContainedFiles.realDestination(build))) {
            return path;
        }
        String where = real.equals(path) ? path.toString() : path + ", a link to " + real + ",";
        throw new IllegalArgumentException(property + " " + where + " lies outside the project directory " + project
                + "; the plugin writes only inside the project and its build directory");
    }

    /**
     * A configured file that is read and must lie inside the project: the plugin reads nothing outside the project,
     * its build directory and the Maven repository. The checked real path is the one to read, so a link swapped in
     * later is not followed out of the project.
     */
    public Path readableInProject(Path configured, String property) {
        Path path = project.resolve(configured).toAbsolutePath().normalize();
        Path real = ContainedFiles.realDestination(path);
        if (!path.startsWith(project) || !real.startsWith(ContainedFiles.real(project))) {
            throw new IllegalArgumentException(property + " " + configured + (real.equals(path) ? "" : " (a link to "
                    + real + ")") + " lies outside the project directory " + project
                    + "; copy the file into the project (for a released version, use aims.diffVersion)");
        }
        return real;
    }
}
