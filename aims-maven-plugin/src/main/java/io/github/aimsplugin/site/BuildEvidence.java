package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.EvidenceFile;
import io.github.aimsplugin.schema.EvidenceFiles;
import io.github.aimsplugin.schema.Secrets;
import io.github.aimsplugin.schema.load.ContainedFiles;
import io.github.aimsplugin.schema.model.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evidence the build writes (under {@code target/}: test reports, evaluations, model cards) is copied into the site
 * for download, since the build folder is not published. A copy is never served as a page: names that a browser
 * would render (HTML, SVG, XML) get {@code .txt} appended.
 */
final class BuildEvidence {

    /** The site's folder of copies. */
    static final String FOLDER = "evidence-files";

    /** Larger files are listed with their hash but not copied. */
    static final long MAX_COPY_BYTES = 64L << 20;

    private static final Set<String> RENDERED = Set.of("html", "htm", "xhtml", "svg", "xml", "shtml", "mht");

    private static final Pattern JUNIT_PROPERTIES = Pattern.compile(
            "<properties\\s*/>|<properties\\b[^>]*>.*?</properties>", Pattern.DOTALL);

    private BuildEvidence() {}

    /** The site path of the copy of an evidence's file, when the build produced it and it is copied. */
    static Optional<String> copyName(AimsModel model, Evidence evidence) {
        if (evidence.file() == null || !EvidenceFiles.isBuildOutput(evidence.file())) {
            return Optional.empty();
        }
        return model.evidenceFile(evidence).filter(file -> file.size() <= MAX_COPY_BYTES)
                .map(file -> FOLDER + "/" + SiteLinks.anchor("evidence", evidence.id()) + "/" + safeName(file));
    }

    /** {@code link:evidence-files/…[download]} for the evidence page, or empty. */
    static String downloadLink(AimsModel model, Evidence evidence) {
        return copyName(model, evidence).map(name -> SiteLinks.to(name, "download copy")).orElse("");
    }

    /** Copies every build-produced evidence file of the model into the site, from its checked real path. */
    static void copyAll(AimsModel model, SiteFiles files) throws IOException {
        for (Evidence evidence : model.all(io.github.aimsplugin.schema.kind.RecordKinds.EVIDENCE)) {
            Optional<String> name = copyName(model, evidence);
            Optional<EvidenceFile> file = model.evidenceFile(evidence);
            if (name.isEmpty() || file.isEmpty()) {
                continue;
            }
            Path target = files.site().resolve(name.get());
            byte[] bytes;
            try (InputStream in = ContainedFiles.open(file.get().real())) {
                bytes = in.readAllBytes();
            }
            files.write(target, published(evidence.file(), bytes));
        }
    }

    /**
     * What the site publishes of a build output. A JUnit report's {@code <properties>} are every system property of
     * the test JVM, which Maven fills from {@code -D} options (keys and passwords among them): they are left out.
     * A file that still holds text shaped like a provider API key is not published at all; a note says why.
     */
    static byte[] published(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte: offsets and bytes agree
        if (path.toLowerCase(Locale.ROOT).endsWith(".xml") && text.contains("<testsuite")) {
            text = JUNIT_PROPERTIES.matcher(text).replaceAll("<!-- properties of the test JVM left out of the published copy -->");
        }
        Optional<Secrets.Key> key = Secrets.find(text);
        if (key.isPresent()) {
            return ("This copy of " + path + " is not published: it holds text shaped like a " + key.get().provider()
                    + " API key. The file's SHA-256 is in the AIMS manifest; remove the key from the build"
                    + " output to publish it.\n").getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String safeName(EvidenceFile file) {
        String name = file.real().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.startsWith(".")) {
            name = "_" + name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return RENDERED.contains(extension) ? name + ".txt" : name;
    }
}
