package io.github.aimsplugin.schema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a fixture folder from the test class path into a temporary directory; shared by the modules' tests. */
public final class ResourceTrees {

    private ResourceTrees() {}

    /** Copies {@code resource} (a folder on the class path of {@code anchor}) into {@code target}, replacing files. */
    public static void copy(Class<?> anchor, String resource, Path target) {
        try {
            Path source = Path.of(anchor.getResource(resource).toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path path : (Iterable<Path>) walk::iterator) {
                    Path destination = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
