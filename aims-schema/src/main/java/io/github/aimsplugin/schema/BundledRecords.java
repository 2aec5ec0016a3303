package io.github.aimsplugin.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.LocationIndex;
import io.github.aimsplugin.schema.load.SourceDocument;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.validate.SchemaValidator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns records of a released bundle into loaded records, checked against the JSON Schema of their kind exactly as
 * a record file is; every location points at the record inside the bundle file.
 */
final class BundledRecords {

    private BundledRecords() {}

    static Optional<LoadedRecord> load(BundledRecord bundled, SchemaValidator schemas, ObjectMapper binder,
            Consumer<Problem> problems) {
        SourceLocation where = SourceLocation.startOf(bundled.location());
        Optional<RecordKind<?>> kind = RecordKinds.byName(bundled.kind());
        if (kind.isEmpty()) {
            problems.accept(Problem.inFile(where, "released bundle " + bundled.module() + " holds a record of kind '"
                    + bundled.kind() + "' that this plugin version does not know; use the plugin version that"
                    + " released it or a newer one", "bundle-record"));
            return Optional.empty();
        }
        ObjectNode content = bundled.content().deepCopy();
        content.put("kind", bundled.kind()).put("id", bundled.id());
        SourceDocument document = new SourceDocument(bundled.location(), 0, content, new LocationIndex(where));
        RecordOrigin origin = bundled.organisation() ? RecordOrigin.organisation(bundled.module())
                : RecordOrigin.released(bundled.module());
        List<Problem> schemaProblems = schemas.validate(kind.get(), bundled.id(), document);
        if (!schemaProblems.isEmpty()) {
            schemaProblems.forEach(problem -> problems.accept(inBundle(problem, bundled)));
            return Optional.of(new LoadedRecord(kind.get(), bundled.id(), document, null, origin));
        }
        try {
            AimsRecord value = binder.treeToValue(content, kind.get().type());
            return Optional.of(new LoadedRecord(kind.get(), bundled.id(), document, value, origin));
        } catch (Exception e) {
            problems.accept(Problem.inRecord(where, bundled.kind(), bundled.id(), "record of released bundle "
                    + bundled.module() + " cannot be read: " + e.getMessage().lines().findFirst().orElse("")
                    + "; re-release it with this plugin version", "bundle-record"));
            return Optional.empty();
        }
    }

    /** A schema problem of a bundle record names the release, as the file alone does not say where it came from. */
    private static Problem inBundle(Problem problem, BundledRecord bundled) {
        return new Problem(problem.location(), problem.kind(), problem.id(), problem.message()
                + " (in released bundle " + bundled.module() + "; fix the record and release it again)",
                problem.rule(), problem.detail());
    }
}
