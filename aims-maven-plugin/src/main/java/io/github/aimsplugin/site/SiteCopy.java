package io.github.aimsplugin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a built compliance site (HTML and assets, not the AsciiDoc sources) under another site, such as mvn site's. */
public final class SiteCopy {

    private SiteCopy() {}

    /** Whether there was a site to copy. Links are not followed: only what aims:site wrote is copied. */
    public static boolean copyHtml(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !from.relativize(file).startsWith("adoc"))
                    .forEach(file -> copy(file, to.resolve(from.relativize(file).toString())));
            return true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void copy(Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
