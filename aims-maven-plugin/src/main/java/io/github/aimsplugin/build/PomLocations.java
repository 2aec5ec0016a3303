package io.github.aimsplugin.build;

import io.github.aimsplugin.schema.load.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where a dependency is declared in a POM, so that dependency findings point at a line. */
public final class PomLocations {

    private final String displayPath;
    private final List<String> lines;

    private PomLocations(String displayPath, List<String> lines) {
        this.displayPath = displayPath;
        this.lines = lines;
    }

    public static PomLocations read(Path pom, String displayPath) {
        try {
            return new PomLocations(displayPath, Files.readAllLines(pom, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PomLocations(displayPath, List.of());
        }
    }

    /** The {@code <artifactId>} line of the dependency, or the top of the POM (it may come from a parent). */
    public SourceLocation locate(String groupId, String artifactId) {
        Pattern artifact = Pattern.compile("<artifactId>\\s*" + Pattern.quote(artifactId) + "\\s*</artifactId>");
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = artifact.matcher(lines.get(i));
            if (matcher.find() && nearbyGroup(i, groupId)) {
                return new SourceLocation(displayPath, i + 1, matcher.start() + 1);
            }
        }
        return SourceLocation.startOf(displayPath);
    }

    private boolean nearbyGroup(int line, String groupId) {
        String group = "<groupId>" + groupId + "</groupId>";
        for (int i = Math.max(0, line - 3); i < Math.min(lines.size(), line + 4); i++) {
            if (lines.get(i).replace(" ", "").contains(group)) {
                return true;
            }
        }
        return false;
    }
}
