package io.github.aimsplugin.build;

import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a goal works on, built by each mojo and handed to the check, site and release services: one module for
 * aims:check and aims:site, several modules and released bundles for aims:aggregate.
 *
 * @param base the directory paths are shown relative to and git history is read from; it holds every module
 * @param sources each module's record folders
 * @param home the record folder where missing records should go: the first of the goal's own module
 * @param bundles the files of released bundles that join the records, by their coordinates, in order
 * @param bundled the records of those bundles, as read from them
 * @param dependencies the resolved compile and runtime dependencies, with the path that brought each in
 * @param poms each module's POM, to point a dependency finding at the line that declares it
 * @param code each module's compiled classes, source roots and resources, for the AI use scan; empty: not scanned
 */
public record Workspace(Path base, List<RecordSource> sources, Path home, Map<String, Path> bundles,
        List<BundledRecord> bundled, List<DependencyPath> dependencies, List<Path> poms, List<CodeModule> code) {

    public Workspace {
        base = base.toAbsolutePath().normalize();
        sources = List.copyOf(sources);
        home = base.resolve(home).toAbsolutePath().normalize();
        bundles = Collections.unmodifiableMap(new LinkedHashMap<>(bundles));
        bundled = List.copyOf(bundled);
        dependencies = List.copyOf(dependencies);
        poms = poms.stream().map(pom -> pom.toAbsolutePath().normalize()).toList();
        code = code == null ? List.of() : List.copyOf(code);
    }

    /** The same workspace with the build output of its modules, which the AI use scan reads. */
    public Workspace withCode(List<CodeModule> modules) {
        return new Workspace(base, sources, home, bundles, bundled, dependencies, poms, modules);
    }

    /**
     * The same workspace checked against the organisation's released records ({@code aims.organisation}): its bundle
     * joins the inputs, its records the model, read-only.
     */
    public Workspace withOrganisation(String coordinates, Path bundle, List<BundledRecord> records) {
        Map<String, Path> withBundle = new LinkedHashMap<>(bundles);
        withBundle.put(coordinates, bundle);
        List<BundledRecord> all = new ArrayList<>(bundled);
        all.addAll(records);
        return new Workspace(base, sources, home, withBundle, all, dependencies, poms, code);
    }

    /** One module: its directory, its record folders (the first is home) and its POM. */
    public static Workspace module(Path directory, List<Path> sourceDirectories, List<DependencyPath> dependencies) {
        Path base = directory.toAbsolutePath().normalize();
        return new Workspace(base, List.of(new RecordSource("", base, sourceDirectories)), sourceDirectories.get(0),
                Map.of(), List.of(), dependencies, List.of(base.resolve("pom.xml")), List.of());
    }

    /** Every record folder of every module. */
    public List<Path> sourceDirectories() {
        return sources.stream().flatMap(source -> source.sourceDirectories().stream()).toList();
    }

    /** Where findings about missing records point: the home folder, relative to the base. */
    public SourceLocation recordsLocation() {
        String shown = shown(home);
        return SourceLocation.startOf(shown.isEmpty() ? "." : shown);
    }

    /**
     * Where a direct dependency (groupId, artifactId) is declared: the first POM that names it, else the top of the
     * first POM (the dependency may come from a parent).
     */
    public BiFunction<String, String, SourceLocation> pomLocator() {
        List<PomLocations> read = new ArrayList<>();
        poms.forEach(pom -> read.add(PomLocations.read(pom, shown(pom))));
        return (groupId, artifactId) -> read.stream().map(pom -> pom.locate(groupId, artifactId))
                .filter(location -> location.line() > 1).findFirst()
                .orElseGet(() -> read.get(0).locate(groupId, artifactId));
    }

    /** A path as the log and the reports show it: relative to the base when inside it. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString().replace(File.separatorChar, '/')
                : absolute.toString();
    }
}
