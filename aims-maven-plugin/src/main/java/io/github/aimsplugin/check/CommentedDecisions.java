package io.github.aimsplugin.check;

import io.github.aimsplugin.schema.load.RecordFiles;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where undecided controls wait, commented out, in a Statement of Applicability that aims:init scaffolded
 * ({@code #id: A.6.2.4}): soa-complete points there, so an editor jumps to the block to uncomment.
 */
public final class CommentedDecisions {

    /** What aims:init puts before each line of an undecided control's block, and what is looked for here. */
    public static final String MARKER = "#";

    private static final Pattern COMMENTED_ID = Pattern.compile("^" + Pattern.quote(MARKER)
            + "\\s*id:\\s*(A\\.[0-9]+(?:\\.[0-9]+)*)\\b");

    private CommentedDecisions() {}

    /** The first commented {@code id:} line of each control id in the record files; unreadable files are skipped. */
    public static Map<String, SourceLocation> find(Path baseDirectory, List<Path> sourceDirectories) {
        Map<String, SourceLocation> found = new HashMap<>();
        for (RecordFiles.RecordFile file : RecordFiles.find(baseDirectory, sourceDirectories)) {
            List<String> lines;
            Path real = io.github.aimsplugin.schema.load.ContainedFiles.real(file.path());
            if (io.github.aimsplugin.schema.load.ContainedFiles.notRegular(real) != null) {
                continue; // the validator reports what is not a plain file
            }
            try {
                lines = Files.readAllLines(real, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue; // the validator reports unreadable files
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = COMMENTED_ID.matcher(lines.get(i));
                if (matcher.find()) {
                    found.putIfAbsent(matcher.group(1), new SourceLocation(file.displayPath(), i + 1, 1));
                }
            }
        }
        return found;
    }
}
