package io.github.aimsplugin.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.build.InvalidRecords;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.BundledRecord;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.validation.RecordValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a release carries and how releases compare, without Maven: the bundle and the manifest with the list of
 * outputs it hashes, released bundles read and validated as strictly as record files, and the diff's JSON.
 */
public final class ReleaseService {

    /** The classifier and types under which the manifest and the bundle are attached and resolved. */
    public static final String CLASSIFIER = "aims";
    public static final String BUNDLE_TYPE = "bundle.json";
    public static final String MANIFEST_TYPE = "manifest.json";

    public static final String BUNDLE_FILE = "aims-bundle.json";
    public static final String MANIFEST_FILE = "aims-manifest.json";

    /** The site's stamp (site.SiteStamp.FILE): it says how the site was built, and is not an output of the release. */
    private static final String SITE_STAMP = ".aims-site-fingerprint";
    /** The site's page hashes (site.PageReuse.FILE), for the next build's rendering: not an output either. */
    private static final String SITE_PAGES = ".aims-site-pages";

    /** A released bundle larger than this is refused unread (a whole AIMS of thousands of records is a few MiB). */

    /** Made on first use: aims:site makes a ReleaseService on every run, and its no-op needs no ObjectMapper. */
    private static final class DiffJson {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The files written and how many outputs the manifest hashes. */
    public record Written(Path bundle, Path manifest, int outputs) {}

    /** Where the goals that ran before write: the manifest hashes what is there. */
    public record Outputs(Path manifestDirectory, Path checkReports, Path site) {}

    private final RecordValidation validation;

    public ReleaseService(RecordValidation validation) {
        this.validation = validation;
    }

    /** Writes the bundle, then the manifest of inputs and outputs (every file the plugin wrote, the site's too). */
    public Written write(ReleaseManifest.Identity identity, Path base, AimsModel model, CheckResult check,
            Outputs where) throws IOException {
        return write(identity, base, model, check, where, null);
    }

    /** The same, the bundle carrying what the code scan found (use sites and model names per system). */
    public Written write(ReleaseManifest.Identity identity, Path base, AimsModel model, CheckResult check,
            Outputs where, io.github.aimsplugin.build.CodeEvidence code) throws IOException {
        Files.createDirectories(where.manifestDirectory());
        Path bundle = where.manifestDirectory().resolve(BUNDLE_FILE);
        Files.write(bundle, ModelBundle.write(model, identity.project(), identity.version(), code, identity.date(),
                check));
        Map<String, Path> outputs = new TreeMap<>(ReleaseManifest.filesUnder(base, where.manifestDirectory()));
        outputs.keySet().removeIf(path -> path.endsWith("/" + MANIFEST_FILE));
        outputs.putAll(ReleaseManifest.filesUnder(base, where.checkReports().toAbsolutePath()));
        outputs.putAll(ReleaseManifest.filesUnder(base, where.site().toAbsolutePath()));
        outputs.keySet().removeIf(path -> path.endsWith(SITE_STAMP) || path.endsWith(SITE_PAGES));
        Path manifest = where.manifestDirectory().resolve(MANIFEST_FILE);
        Files.write(manifest, ReleaseManifest.write(identity, base, model, check, outputs));
        return new Written(bundle, manifest, outputs.size());
    }

    /** The records of released bundles that join an aggregate, by coordinates, each refused when far too large. */
    public static List<BundledRecord> bundled(Map<String, Path> bundles) throws IOException {
        List<BundledRecord> records = new ArrayList<>();
        for (Map.Entry<String, Path> bundle : bundles.entrySet()) {
            try {
                // ModelBundle refuses pipes, files over 64 MiB and more than 20,000 records unread.
                records.addAll(ModelBundle.records(bundle.getValue(), bundle.getKey()));
            } catch (IOException e) {
                throw new IOException("cannot read the AIMS bundle of " + bundle.getKey() + ": "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return records;
    }

    /** The organisation's released records a service is checked against (aims.organisation), read-only for it. */
    public static List<BundledRecord> organisation(String coordinates, Path bundle) throws IOException {
        try {
            return ModelBundle.records(bundle, coordinates, true);
        } catch (IOException e) {
            throw new IOException("cannot read the organisation's AIMS bundle " + coordinates + " (aims.organisation): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * The records of a previous release's bundle, for a comparison: checked against their schemas first, as strictly
     * as record files, since a bundle is an artifact from a repository.
     */
    public Map<String, ModelBundle.Entry> previous(Path file, String label) throws InvalidRecords, IOException {
        try {
            List<Problem> problems = validation.validateReleased(ModelBundle.records(file, label));
            if (!problems.isEmpty()) {
                throw new InvalidRecords("the released bundle " + file.getFileName() + " (" + label + ") holds "
                        + problems.size() + " invalid record(s), listed above; it is not compared", problems);
            }
            return ModelBundle.read(file);
        } catch (IOException e) {
            throw new IOException("cannot read the AIMS bundle " + file.getFileName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** What changed since a previous release, validated first. */
    public List<BundleDiff.Difference> diff(Path previous, String label, AimsModel now)
            throws InvalidRecords, IOException {
        return diff(previous, label, now, null);
    }

    /**
     * What changed since a previous release, with the models and AI APIs found in the code when the code was scanned
     * now (otherwise the code is left out of the comparison rather than shown as removed).
     */
    public List<BundleDiff.Difference> diff(Path previous, String label, AimsModel now,
            io.github.aimsplugin.build.CodeEvidence code) throws InvalidRecords, IOException {
        Map<String, ModelBundle.Entry> before = new java.util.LinkedHashMap<>(previous(previous, label));
        if (code == null || !code.scan().scanned()) {
            before.keySet().removeIf(key -> key.startsWith(CodeBundle.KIND + "/"));
        }
        return BundleDiff.between(before, ModelBundle.entries(now, code));
    }

    /** aims-diff.json: what the differences were measured against, and each difference. */
    public static void writeDiff(List<BundleDiff.Difference> differences, String against, Path output)
            throws IOException {
        ObjectNode root = DiffJson.MAPPER.createObjectNode().put("against", against);
        ArrayNode list = root.putArray("differences");
        for (BundleDiff.Difference difference : differences) {
            ObjectNode node = list.addObject().put("kind", difference.kind()).put("id", difference.id())
                    .put("type", difference.type());
            difference.details().forEach(node.putArray("details")::add);
        }
        Files.createDirectories(output.getParent());
        Files.writeString(output, io.github.aimsplugin.schema.DocumentText.json(DiffJson.MAPPER.writeValueAsString(root))
                + "\n", StandardCharsets.UTF_8);
    }
}
