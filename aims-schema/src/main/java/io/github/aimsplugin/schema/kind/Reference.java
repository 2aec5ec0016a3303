package io.github.aimsplugin.schema.kind;

/**
 * A field of a record that names something else, checked by the reference check.
 *
 * @param path a JSON Pointer in which '*' stands for every index of an array, e.g. {@code /systems/*}
 * @param target what the value must name
 * @param targetKind for {@link Target#RECORD}, the kind of the record named
 */
public record Reference(String path, Target target, String targetKind) {

    public enum Target {
        /** The id of a record of {@code targetKind}. */
        RECORD,
        /** The id of a role declared in a Policy. */
        ROLE,
        /** The id of an interested party declared in a Scope. */
        INTERESTED_PARTY,
        /** Any record, written Kind/id. */
        ANY_RECORD,
        /** An ISO/IEC 42001 Annex A control id. */
        ANNEX_A_CONTROL,
        /** An Annex C objective, C.2.x. */
        ANNEX_C_OBJECTIVE,
        /** An Annex C risk source, C.3.x. */
        ANNEX_C_RISK_SOURCE,
        /** A clause of the standard, 4.1 to 10.2. */
        CLAUSE
    }

    public static Reference toRecord(String path, String kind) {
        return new Reference(path, Target.RECORD, kind);
    }

    public static Reference to(String path, Target target) {
        return new Reference(path, target, null);
    }
}
