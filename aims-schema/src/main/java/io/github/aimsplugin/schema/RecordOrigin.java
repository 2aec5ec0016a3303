package io.github.aimsplugin.schema;

import java.nio.file.Path;

/**
 * Where a record comes from: a module of the build (its base directory, against which its evidence files are
 * resolved) or a released {@code aims} bundle resolved from a Maven repository (no directory: its files were checked
 * when it was released).
 *
 * @param module the module's name as shown on the site ("" for a single-module build; {@code groupId:artifactId:version}
 *     for a released bundle)
 * @param baseDirectory the module's base directory, or null for a released bundle
 * @param organisation whether the records are the organisation's, named by a service with {@code aims.organisation}:
 *     read-only records the service builds on and may not redefine
 */
public record RecordOrigin(String module, Path baseDirectory, boolean organisation) {

    public RecordOrigin {
        module = module == null ? "" : module;
        baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    }

    public RecordOrigin(String module, Path baseDirectory) {
        this(module, baseDirectory, false);
    }

    /** Records of the one module being built. */
    public static RecordOrigin project(Path baseDirectory) {
        return new RecordOrigin("", baseDirectory);
    }

    /** Records from a released bundle. */
    public static RecordOrigin released(String coordinates) {
        return new RecordOrigin(coordinates, null);
    }

    /** Records of the organisation's released bundle, which a service checks against. */
    public static RecordOrigin organisation(String coordinates) {
        return new RecordOrigin(coordinates, null, true);
    }

    /** Whether the records come from a released bundle rather than from files of this build. */
    public boolean isReleased() {
        return baseDirectory == null;
    }
}
