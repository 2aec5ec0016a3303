package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the file of an Evidence record once, to the real path that every later reader opens: relative to the
 * module, inside it after following links (so {@code docs/link/../x} is judged where the operating system would open
 * it), a regular file, and no larger than {@link #MAX_BYTES}.
 */
public final class EvidenceFiles {

    /** Largest evidence file hashed: 1 GiB. */
    public static final long MAX_BYTES = 1L << 30;

    /** A file evidence resolved to its file, or the reason it cannot be. */
    public record Resolution(EvidenceFile file, String problem) {
        public Optional<EvidenceFile> resolved() {
            return Optional.ofNullable(file);
        }
    }

    private EvidenceFiles() {}

    /**
     * What can be said of a path from its text alone — also for a released bundle's evidence, whose files are not
     * part of this build: a relative path on one line that does not climb out of its module. Null when it is fine.
     */
    public static String problemOfText(String written) {
        return problemOfText("evidence file", written);
    }

    /** As {@link #problemOfText(String)}, naming the path as {@code what} (for example "metric source"). */
    public static String problemOfText(String what, String written) {
        String shown = what + " '" + written + "'";
        if (written.isBlank() || written.chars().anyMatch(c -> LogText.isInvisibleControl((char) c))) {
            return shown + " is not a path on one line; name a file relative to the project directory";
        }
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            return shown + " is not a valid path";
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")
                || written.matches("^[A-Za-z]:.*")) {
            return shown + " is absolute; write a path relative to the project directory";
        }
        Path module = Path.of("/module");
        if (!module.resolve(relative).normalize().startsWith(module)) {
            return shown + " lies outside the project directory; evidence must be kept inside the project";
        }
        return null;
    }

    /**
     * Whether a path names a file the build writes (under the module's {@code target/}): such evidence may be absent
     * when records are validated early in the build, and counts only once the build has produced it.
     */
    public static boolean isBuildOutput(String written) {
        return problemOfText(written) == null
                && Path.of(written).normalize().toString().replace('\\', '/').startsWith("target/");
    }

    public static Resolution resolve(Path moduleDirectory, String written) {
        return resolve(moduleDirectory, "evidence file", written, MAX_BYTES);
    }

    /**
     * As {@link #resolve(Path, String)} for another kind of file the build reads (for example "metric source"), with
     * its own size limit: a larger file is refused before it is opened.
     */
    public static Resolution resolve(Path moduleDirectory, String what, String written, long maxBytes) {
        String shown = what + " '" + written + "'";
        String textProblem = problemOfText(what, written);
        if (textProblem != null) {
            return failed(textProblem);
        }
        Path relative = Path.of(written);
        Path module = ContainedFiles.real(moduleDirectory);
        Path real;
        try {
            Optional<Path> inside = ContainedFiles.realInside(module, module.resolve(relative));
            if (inside.isEmpty()) {
                return failed(shown + " is a link to a place outside the project directory ("
                        + module.resolve(relative).toRealPath() + "); copy the evidence into the project");
            }
            real = inside.get();
        } catch (NoSuchFileException e) {
            return failed(shown + " does not exist (looked for " + lookedFor(module, relative)
                    + "); add the file or fix the path");
        } catch (IOException e) {
            return failed(shown + " cannot be read: " + e.getMessage());
        }
        String kind = ContainedFiles.notRegular(real);
        if (kind != null) {
            return failed(shown + " is " + kind + ", not a regular file; name a file");
        }
        try {
            long size = Files.size(real);
            if (size > maxBytes) {
                return failed(shown + " is " + size + " bytes, more than the limit of " + maxBytes
                        + (maxBytes == MAX_BYTES ? " bytes; keep large evidence elsewhere and name it with a 'url'"
                                : " bytes; write a smaller file"));
            }
            return new Resolution(new EvidenceFile(written, module, real, size), null);
        } catch (IOException e) {
            return failed(shown + " cannot be read: " + e.getMessage());
        }
    }

    /** Where the system looked: the parent folder's real path (links, then '..'), and the file name. */
    private static String lookedFor(Path module, Path relative) {
        Path written = module.resolve(relative);
        Path looked = written.normalize();
        try {
            if (written.getParent() != null) {
                looked = written.getParent().toRealPath().resolve(written.getFileName());
            }
        } catch (IOException e) {
            // the folder does not exist either: the normalised path says where
        }
        return (looked.startsWith(module) ? module.relativize(looked) : looked).toString().replace('\\', '/');
    }

    private static Resolution failed(String problem) {
        return new Resolution(null, problem);
    }
}
