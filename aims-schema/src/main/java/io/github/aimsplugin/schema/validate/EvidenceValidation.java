package io.github.aimsplugin.schema.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.util.function.Consumer;

/**
 * Evidence names exactly one of a file or a URL; a file must exist, be a regular file and lie inside the directory of
 * the module that holds the record, also after following symbolic links. The file was resolved once, with the model
 * ({@link io.github.aimsplugin.schema.EvidenceFiles}); this reports what that resolution found.
 */
final class EvidenceValidation implements ModelValidation {

    static final String RULE = "evidence-file";

    @Override
    public void validate(ValidationContext context, Consumer<Problem> report) {
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
            // A released bundle's files were checked when it was released; they are not part of this build. A file the
            // build writes (under target/) may not be written yet: evidence-current judges it when the check runs.
            if (hasFile && notYetBuilt(record)) {
                continue;
            }
            context.model().evidenceResolution(record).map(resolution -> resolution.problem())
                    .ifPresent(problem -> report.accept(new Problem(record.locate("/file"), record.kind().name(),
                            record.id(), problem, RULE, null)));
        }
    }

    private static boolean notYetBuilt(LoadedRecord record) {
        String file = record.source().root().path("file").asText();
        return !record.origin().isReleased() && io.github.aimsplugin.schema.EvidenceFiles.isBuildOutput(file)
                && !java.nio.file.Files.exists(record.origin().baseDirectory().resolve(file),
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
