package io.github.aimsplugin.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A record taken from a released {@code aims} bundle: it was validated against the schemas when that release was
 * built, so it is bound as it is and joins only the checks across records (ids, references, dates).
 *
 * @param module the release's {@code groupId:artifactId:version}
 * @param file the bundle's file name, shown in messages in place of a record file
 * @param kind the record's kind
 * @param id the record's id
 * @param content the record as the bundle holds it
 */
public record BundledRecord(String module, String file, String kind, String id, ObjectNode content) {

    public BundledRecord {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }
}
