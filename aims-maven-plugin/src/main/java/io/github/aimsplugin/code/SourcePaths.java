package io.github.aimsplugin.code;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Maps a class's package and SourceFile attribute to its source file under the module's source roots
 * ({@code com/acme} + {@code Bot.java} → {@code src/main/java/com/acme/Bot.java}); when no root holds it, the
 * package path and the file name. Thread-safe.
 */
final class SourcePaths {

    private final List<Path> roots;
    private final Function<Path, String> shown;
    private final Map<String, String> found = new ConcurrentHashMap<>();

    SourcePaths(List<Path> roots, Function<Path, String> shown) {
        this.roots = roots;
        this.shown = shown;
    }

    String find(String packagePath, String sourceFile) {
        String relative = packagePath.isEmpty() ? sourceFile : packagePath + "/" + sourceFile;
        return found.computeIfAbsent(relative, this::locate);
    }

    private String locate(String relative) {
        if (relative.contains("..")) {
            return relative;
        }
        for (Path root : roots) {
            Path candidate = root.resolve(relative).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return shown.apply(candidate);
            }
        }
        return relative;
    }
}
