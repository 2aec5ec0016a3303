package io.github.aimsplugin.code;

import java.nio.file.Path;
import java.util.List;

/**
 * A module's build output as the code scan reads it, given by the mojo.
 *
 * @param classes the compiled main classes (target/classes)
 * @param sourceRoots the compile source roots (src/main/java, src/main/kotlin...), to map a class to its file
 * @param resourceRoots the resource folders, where application.properties and application.yml are read
 * @param classpath the compile classpath (jars and folders), read only for the values of SDK model-name constants
 */
public record CodeModule(Path classes, List<Path> sourceRoots, List<Path> resourceRoots, List<Path> classpath) {

    public CodeModule {
        classes = classes.toAbsolutePath().normalize();
        sourceRoots = sourceRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        resourceRoots = resourceRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        classpath = List.copyOf(classpath);
    }

    /** The usual Maven layout under a module directory, without a classpath. */
    public static CodeModule conventional(Path module) {
        return new CodeModule(module.resolve("target/classes"),
                List.of(module.resolve("src/main/java"), module.resolve("src/main/kotlin")),
                List.of(module.resolve("src/main/resources")), List.of());
    }
}
