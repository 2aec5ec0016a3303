package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.load.ContainedFiles;
import java.nio.file.Path;

/**
 * A file evidence as checked: its path as written in the record, the module it was resolved in, and the real path
 * it was resolved to. The check, the site, the manifest, the PDF and the up-to-date check all read this one path.
 *
 * @param written the path as the record writes it, relative to the module
 * @param module the real base directory of the module that holds the record
 * @param real the real path of the file, inside {@code module}
 * @param size its size in bytes when checked
 */
public record EvidenceFile(String written, Path module, Path real, long size) {

    /** The file's path relative to a directory that holds it (the module's or an aggregate's), with '/'. */
    public String shownFrom(Path base) {
        Path from = ContainedFiles.real(base);
        Path shown = real.startsWith(from) ? from.relativize(real) : module.relativize(real);
        return shown.toString().replace('\\', '/');
    }
}
