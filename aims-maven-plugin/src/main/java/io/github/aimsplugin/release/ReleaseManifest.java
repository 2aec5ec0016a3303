package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code aims-manifest.json}: what a release's compliance state was made of and what it produced — plugin version,
 * git commit and dirty flag, every input (record files, file evidence) and output with its SHA-256, and the check
 * results. No timestamps but the build's own date, so the same inputs give the same bytes.
 */
public final class ReleaseManifest {

    public static final String FORMAT = "aims-manifest/1";

    /** Who and what the manifest describes. */
    public record Identity(String project, String version, String pluginVersion, String commit, Boolean dirty,
            String date) {}

    private ReleaseManifest() {}

    public static byte[] write(Identity identity, Path baseDirectory, AimsModel model, CheckResult check,
            Map<String, Path> outputs) throws IOException {
        ObjectNode root = ModelBundle.JSON.createObjectNode();
        root.put("format", FORMAT).put("project", identity.project()).put("version", identity.version())
                .put("plugin", identity.pluginVersion()).put("date", identity.date());
        ObjectNode git = root.putObject("git").put("commit", identity.commit());
        if (identity.dirty() == null) {
            git.putNull("dirty");
        } else {
            git.put("dirty", identity.dirty());
        }
        ArrayNode inputs = root.putArray("inputs");
        for (Map.Entry<String, Path> input : inputs(baseDirectory, model).entrySet()) {
            inputs.addObject().put("path", input.getKey()).put("sha256", Sha256.of(input.getValue()));
        }
        ObjectNode results = root.putObject("check");
        results.put("errors", check.violations().stream().filter(v -> v.level() == Level.ERROR).count());
        results.put("warnings", check.violations().stream().filter(v -> v.level() == Level.WARNING).count());
        ArrayNode rules = results.putArray("rules");
        check.rules().forEach(rule -> rules.addObject().put("id", rule.rule().id()).put("level", rule.level().label())
                .put("violations", rule.violations()));
        ArrayNode produced = root.putArray("outputs");
        for (Map.Entry<String, Path> output : new TreeMap<>(outputs).entrySet()) {
            if (Files.isRegularFile(output.getValue())) {
                produced.addObject().put("path", output.getKey()).put("sha256", Sha256.of(output.getValue()));
            }
        }
        return (ModelBundle.JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Record files and file evidence of this build (not those of released bundles), by path relative to the base
     * directory, in order. Evidence is the real path the check resolved in the module that holds the record: the
     * manifest, the site, the PDF and the up-to-date check hash this same list.
     */
    public static Map<String, Path> inputs(Path baseDirectory, AimsModel model) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Map<String, Path> inputs = new TreeMap<>();
        for (LoadedRecord record : model.records()) {
            if (!record.origin().isReleased()) {
                inputs.put(record.location().file(), base.resolve(record.location().file()));
            }
        }
        // The same list as the site's stamp (SiteStamp.evidenceOf): every checked evidence file of this build.
        model.evidenceFiles().forEach(evidence -> inputs.put(evidence.shownFrom(base), evidence.real()));
        return inputs;
    }

    /** Every regular file under a directory, keyed by a path relative to the module. */
    public static Map<String, Path> filesUnder(Path baseDirectory, Path directory) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            // Links are not followed: only what the plugin wrote there is hashed.
            List<Path> found = walk.filter(path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
            for (Path file : found) {
                files.put(baseDirectory.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return files;
    }
}
