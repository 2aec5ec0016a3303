package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.validation.RecordValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release service with plain {@code new}: bundle, manifest and its outputs, a previous bundle, the diff. */
class ReleaseServiceTest {

    private final RecordValidation validation = new RecordValidation();
    private final ReleaseService release = new ReleaseService(validation);

    @Test
    void writesTheBundleAndAManifestOfEveryOutputButItselfAndTheSiteStamp(@TempDir Path base) throws Exception {
        AimsModel model = model(base);
        Path site = Files.createDirectories(base.resolve("target/aims-site"));
        Files.writeString(site.resolve("index.html"), "<html/>");
        Files.writeString(site.resolve(".aims-site-fingerprint"), "abc\n");
        ReleaseManifest.Identity identity = new ReleaseManifest.Identity("g:a", "1.0", "test", "none", null,
                "2026-11-28");

        ReleaseService.Written written = release.write(identity, base, model, new CheckResult(List.of(), List.of()),
                new ReleaseService.Outputs(base.resolve("target/aims"), base.resolve("target/aims/check"), site));

        assertThat(written.bundle()).isRegularFile();
        String manifest = Files.readString(written.manifest());
        assertThat(manifest).contains("target/aims/aims-bundle.json", "target/aims-site/index.html")
                .doesNotContain(".aims-site-fingerprint", "\"target/aims/aims-manifest.json\"");
        assertThat(written.outputs()).isEqualTo(2);
    }

    @Test
    void aPreviousBundleIsComparedAndTheDiffWrittenAsJson(@TempDir Path base) throws Exception {
        AimsModel model = model(base);
        Path bundle = base.resolve("aims-bundle.json");
        Files.write(bundle, ModelBundle.write(model, "g:a", "1.0"));

        List<BundleDiff.Difference> differences = release.diff(bundle, "version 1.0", model);
        Path output = base.resolve("target/aims/aims-diff.json");
        ReleaseService.writeDiff(differences, "version 1.0", output);

        assertThat(differences).isEmpty();
        assertThat(Files.readString(output)).contains("\"against\" : \"version 1.0\"", "\"differences\" : [ ]");
    }

    /** The records of the valid fixture, copied into the project directory the manifest is relative to. */
    private AimsModel model(Path base) throws Exception {
        Path project = Path.of(ReleaseServiceTest.class.getResource("/unit/valid").toURI());
        try (var walk = Files.walk(project)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = base.resolve(project.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return validation.validate(ValidationRequest.of(base)).model();
    }
}
