package io.github.aimsplugin.check.cache;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.Metric;
import io.github.aimsplugin.schema.model.Monitoring;
import io.github.aimsplugin.schema.model.Objective;
import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A file or folder that only the records name, with its state when the check ran: the metric sources (by content,
 * and — when the tests were skipped — whether this build wrote them, which rule metric-measured asks), the evidence
 * files (by name, size and time: validation checks that they exist, stay inside and are not too large), and the
 * governed paths of AI systems (by name, size and time, for the uncommitted changes governed-code-reassessed
 * reports). If the records change, the key changes anyway; if these files change, the entry is not taken.
 *
 * @param path the absolute path
 * @param state what it was
 */
public record Watched(String root, String path, String state) {

    /** The files a check over this model read beyond its key, with their state now. */
    public static List<Watched> of(CheckRequest request, AimsModel model) throws IOException {
        List<Watched> watched = new ArrayList<>();
        Instant started = request.settings().testsSkipped() ? request.settings().buildStarted() : null;
        for (LoadedRecord record : model.records()) {
            if (!record.isValid() || record.origin().isReleased()) {
                continue;
            }
            List<Metric> metrics = record.value() instanceof Objective objective ? objective.metrics()
                    : record.value() instanceof Monitoring monitoring ? monitoring.metrics() : List.of();
            for (Metric metric : metrics) {
                Path root = record.origin().baseDirectory();
                Path source = root.resolve(metric.source()).toAbsolutePath().normalize();
                watched.add(new Watched(root.toString(), source.toString(),
                        inside(root, source) ? metricState(source, started) : OUTSIDE));
            }
        }
        for (LoadedRecord record : model.loaded(RecordKinds.EVIDENCE)) {
            // Validation checks that an evidence file exists, stays inside the project and is not too large.
            if (!record.origin().isReleased() && record.value() instanceof Evidence evidence
                    && evidence.file() != null) {
                Path root = record.origin().baseDirectory();
                Path file = root.resolve(evidence.file()).toAbsolutePath().normalize();
                watched.add(new Watched(root.toString(), file.toString(), stateInside(root, file)));
            }
        }
        Workspace workspace = request.workspace();
        if (!workspace.code().isEmpty() && request.gitHistory()) {
            for (LoadedRecord record : model.loaded(RecordKinds.AI_SYSTEM)) {
                if (record.origin().isReleased() || !(record.value() instanceof AISystem system)) {
                    continue;
                }
                for (String code : system.components().code()) {
                    // Package names lie under the source roots, which the key stamps; paths lie anywhere in the module.
                    if (code.contains("/")) {
                        Path root = record.origin().baseDirectory();
                        Path path = root.resolve(code.strip()).toAbsolutePath().normalize();
                        watched.add(new Watched(root.toString(), path.toString(), stateInside(root, path)));
                    }
                }
            }
        }
        return watched;
    }

    /** Whether the file is as it was, asked of the same build's start as the check would ask it. */
    boolean unchanged(Instant buildStarted, boolean testsSkipped) {
        try {
            Path file = Path.of(path);
            String now = !inside(Path.of(root), file) ? OUTSIDE : state.startsWith("metric ")
                    ? metricState(file, testsSkipped ? buildStarted : null) : fileState(file);
            return now.equals(state);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The state of a path a record names that leads out of its module, by itself or through a link: never read. */
    static final String OUTSIDE = "outside the module";

    /** {@link #fileState} of a path a record names, or {@link #OUTSIDE} without reading it (the site's stamp too). */
    public static String stateInside(Path root, Path path) throws IOException {
        return inside(root, path) ? fileState(path) : OUTSIDE;
    }

    /** Whether the path, its links resolved (also one on its way), stays in the root; validation reports the rest. */
    static boolean inside(Path root, Path path) {
        return ContainedFiles.realDestination(path).startsWith(ContainedFiles.realDestination(root));
    }

    /** Names, sizes and times under a path, and, through a link, of what it leads to (the site's stamp too). */
    public static String fileState(Path path) throws IOException {
        String state = "file " + Digest.tree(path);
        if (Files.isSymbolicLink(path)) {
            try {
                Path real = path.toRealPath();
                state += " -> " + real + " " + Digest.tree(real);
            } catch (IOException e) {
                state += " -> nothing"; // a dangling link: validation reports it
            }
        }
        return state;
    }

    static String metricState(Path source, Instant started) throws IOException {
        Digest content = new Digest().file("metric", source);
        String written = "";
        if (started != null && Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            Instant time = Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS).toInstant();
            written = time.isBefore(started) ? " earlier build" : " this build";
        }
        return "metric " + content.hex() + written;
    }
}
