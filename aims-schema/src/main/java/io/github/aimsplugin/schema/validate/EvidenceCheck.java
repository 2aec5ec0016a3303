package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Evidence names exactly one of a file or a URL; a file must exist and lie inside the directory of the module that
 * holds the record, also after following symbolic links. Nothing outside the project is ever read.
 */
final class EvidenceCheck implements ModelCheck {

    static final String RULE = "evidence-file";

    @Override
    public void check(CheckContext context, Consumer<Problem> report) {
        for (LoadedRecord record : context.model().loaded(RecordKinds.EVIDENCE)) {
            JsonNode root = record.source().root();
            boolean hasFile = root.hasNonNull("file");
            boolean hasUrl = root.hasNonNull("url");
            if (hasFile == hasUrl) {
                report.accept(new Problem(record.locate(hasFile ? "/url" : ""), record.kind().name(), record.id(),
                        hasFile ? "evidence has both 'file' and 'url'; keep one, and add a second Evidence record for the other"
                                : "evidence needs a 'file' (inside the project) or a 'url'",
                        "evidence-source", null));
            }
            // A released bundle's files were checked when it was released; they are not part of this build.
            if (hasFile && root.get("file").isTextual() && !record.origin().isReleased()) {
                String problem = checkFile(realBase(record.origin().baseDirectory()), root.get("file").asText());
                if (problem != null) {
                    report.accept(new Problem(record.locate("/file"), record.kind().name(), record.id(), problem,
                            RULE, null));
                }
            }
        }
    }

    private static String checkFile(Path base, String file) {
        String shown = "evidence file '" + file + "'";
        Path relative;
        try {
            relative = Path.of(file);
        } catch (InvalidPathException e) {
            return shown + " is not a valid path";
        }
        if (relative.isAbsolute() || file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            return shown + " is absolute; write a path relative to the project directory";
        }
        Path resolved = base.resolve(relative).normalize();
        if (!resolved.startsWith(base)) {
            return shown + " lies outside the project directory; evidence must be kept inside the project";
        }
        if (!Files.exists(resolved)) {
            return shown + " does not exist (looked for " + base.relativize(resolved).toString().replace('\\', '/')
                    + "); add the file or fix the path";
        }
        try {
            if (!resolved.toRealPath().startsWith(base)) {
                return shown + " is a link to a place outside the project directory; copy the evidence into the project";
            }
        } catch (IOException e) {
            return shown + " cannot be read: " + e.getMessage();
        }
        if (!Files.isRegularFile(resolved)) {
            return shown + " is not a regular file; name a file, not a directory";
        }
        return null;
    }

    private static Path realBase(Path base) {
        try {
            return base.toRealPath();
        } catch (IOException e) {
            return base.toAbsolutePath().normalize();
        }
    }
}
