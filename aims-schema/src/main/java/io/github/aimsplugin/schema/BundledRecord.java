package io.github.aimsplugin.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A record taken from a released {@code aims} bundle. A bundle is an artifact from a repository, as untrusted as a
 * YAML file: its records go through the same schema and semantic checks as the records of this build.
 *
 * @param module the release's {@code groupId:artifactId:version}
 * @param file the bundle's file name, shown in messages in place of a record file
 * @param index the record's position in the bundle's {@code records} array, to locate it
 * @param kind the record's kind
 * @param id the record's id
 * @param content the record as the bundle holds it (the record as written, with its kind and id)
 * @param organisation whether the bundle is the organisation's ({@code aims.organisation}), not a service's
 */
public record BundledRecord(String module, String file, int index, String kind, String id, ObjectNode content,
        boolean organisation) {

    /** A record of a service's released bundle. */
    public BundledRecord(String module, String file, int index, String kind, String id, ObjectNode content) {
        this(module, file, index, kind, id, content, false);
    }

    public BundledRecord {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }

    /** Where the record is, as a JSON Pointer into the bundle file: {@code svc-1.0-aims.bundle.json#/records/3}. */
    public String location() {
        return file + "#/records/" + index;
    }
}
