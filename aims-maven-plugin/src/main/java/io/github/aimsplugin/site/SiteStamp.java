package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.EvidenceFile;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site's stamp ({@code .aims-site-fingerprint}): the fingerprint of the inputs it was built from, and the evidence
 * files those records named — the list the manifest hashes — as module and path as written, one per line. The next
 * build hashes those same files before it parses anything, so an edited evidence file, wherever it is kept, rebuilds
 * the site; a changed record rebuilds it anyway. The governed paths of the AI systems are listed too
 * ({@link #governedOf}), and stamped by the names, sizes and times of their files.
 *
 * @param fingerprint the hex SHA-256 of every input
 * @param evidence {@code module<TAB>path} of each evidence file, the module relative to the site's base directory
 */
public record SiteStamp(String fingerprint, List<String> evidence) {

    public static final String FILE = ".aims-site-fingerprint";

    /** Starts the entry of a governed path: no module path relative to the base starts with a slash. */
    static final String GOVERNED = "/governed\t";

    public SiteStamp {
        evidence = List.copyOf(evidence);
    }

    /** The stamp of the site in a directory; empty when there is none or it cannot be read. */
    public static Optional<SiteStamp> read(Path siteDirectory) {
        Path file = siteDirectory.resolve(FILE);
        try {
            if (ContainedFiles.notRegular(file) != null) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SiteStamp(lines.get(0).strip(), lines.subList(1, lines.size()).stream()
                    .filter(line -> !line.isBlank()).toList()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The evidence files of a model as a stamp lists them. */
    public static List<String> evidenceOf(Path baseDirectory, AimsModel model) {
        Path base = ContainedFiles.real(baseDirectory);
        List<String> entries = new ArrayList<>();
        for (EvidenceFile file : model.evidenceFiles()) {
            String module = file.module().startsWith(base) ? base.relativize(file.module()).toString() : "";
            entries.add(module.replace('\\', '/') + "\t" + file.written());
        }
        return entries;
    }

    /**
     * The governed paths of the model's AI systems that are files or folders ({@code components.code} entries with a
     * slash; package names lie under the source roots, which the check's key stamps), as the stamp lists them: a
     * change there (an edited training script outside the sources) shows as uncommitted governed code on the site.
     */
    public static List<String> governedOf(Path baseDirectory, AimsModel model) {
        Path base = ContainedFiles.real(baseDirectory);
        java.util.Set<String> entries = new java.util.LinkedHashSet<>();
        for (LoadedRecord record : model.loaded(RecordKinds.AI_SYSTEM)) {
            if (record.origin().isReleased() || !(record.value() instanceof AISystem system)) {
                continue;
            }
            Path module = ContainedFiles.real(record.origin().baseDirectory());
            String relative = module.startsWith(base) ? base.relativize(module).toString().replace('\\', '/') : "";
            system.components().code().stream().filter(code -> code.contains("/"))
                    .forEach(code -> entries.add(GOVERNED + relative + "\t" + code.strip()));
        }
        return List.copyOf(entries);
    }

    /** The file's text. */
    public String text() {
        StringBuilder text = new StringBuilder(fingerprint).append('\n');
        evidence.forEach(entry -> text.append(entry).append('\n'));
        return text.toString();
    }
}
