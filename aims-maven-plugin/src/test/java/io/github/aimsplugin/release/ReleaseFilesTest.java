package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.check.RuleFixture;
import io.github.aimsplugin.schema.AimsModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle, the manifest and the diff between two bundles. */
class ReleaseFilesTest {

    @TempDir
    Path dir;

    @Test
    void theBundleHoldsEveryRecordInAStableOrderWithTheSameBytesEachTime() throws IOException {
        AimsModel model = RuleFixture.passing(dir.resolve("p")).validate().model();

        byte[] first = ModelBundle.write(model, "g:a", "1.0");
        byte[] second = ModelBundle.write(model, "g:a", "1.0");

        assertThat(first).isEqualTo(second);
        Path file = Files.write(dir.resolve("aims-bundle.json"), first);
        Map<String, ModelBundle.Entry> read = ModelBundle.read(file);
        assertThat(read).hasSize(model.records().size()).containsKeys("Risk/R-1", "Control/A.10.4", "Audit/IA-2026");
        assertThat(read.get("Risk/R-1").content().path("assessedOn").asText()).isEqualTo("2026-06-01");
        assertThat(read.keySet()).first().isEqualTo("Scope/" + read.get(read.keySet().iterator().next()).id());
    }

    @Test
    void aFileThatIsNotABundleIsRefusedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something-else\"}");

        assertThatThrownBy(() -> ModelBundle.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("other.json is not an AIMS bundle");
    }

    @Test
    void aBundleReadBackGivesTheRecordsTheAggregateValidatesAgain() throws IOException {
        AimsModel model = RuleFixture.passing(dir.resolve("r")).validate().model();
        Path bundle = Files.write(dir.resolve("svc-1.0-aims.bundle.json"), ModelBundle.write(model, "g:svc", "1.0"));

        var records = ModelBundle.records(bundle, "g:svc:1.0");

        assertThat(records).hasSize((int) model.records().stream().filter(r -> r.value() != null).count());
        assertThat(records).allSatisfy(record -> {
            assertThat(record.module()).isEqualTo("g:svc:1.0");
            assertThat(record.file()).isEqualTo("svc-1.0-aims.bundle.json");
        });
        var revalidated = new io.github.aimsplugin.schema.AimsValidator().validate(
                new io.github.aimsplugin.schema.ValidationRequest(dir, java.util.List.of(), records,
                        RuleFixture.TODAY, io.github.aimsplugin.schema.load.YamlLimits.defaults()));
        assertThat(revalidated.problems()).isEmpty();
        assertThat(revalidated.model().records()).hasSize(records.size())
                .allSatisfy(record -> assertThat(record.isValid()).isTrue());
    }

    @Test
    void aBundleRecordWithoutKindOrContentIsRefusedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.json"),
                "{\"format\": \"aims-bundle/2\", \"records\": [{\"kind\": \"Risk\", \"id\": \"R-1\", \"content\": 3}]}");

        assertThatThrownBy(() -> ModelBundle.records(file, "g:a:1")).isInstanceOf(IOException.class)
                .hasMessage("odd.json holds a record without kind, id or content (record 0); it is not a bundle"
                        + " written by aims:manifest");
    }

    @Test
    void aBundleThatIsANamedPipeIsRefusedUnread() throws Exception {
        Path pipe = dir.resolve("pipe.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");

        assertThatThrownBy(() -> ModelBundle.read(pipe)).isInstanceOf(IOException.class)
                .hasMessage("pipe.json is a named pipe, device or socket, not a bundle file");
        assertThatThrownBy(() -> ModelBundle.records(pipe, "g:a:1")).isInstanceOf(IOException.class)
                .hasMessage("pipe.json is a named pipe, device or socket, not a bundle file");
    }

    @Test
    void aBundleOfTheEarlierUncheckedFormatIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("old.json"), "{\"format\": \"aims-bundle/1\", \"records\": []}");

        assertThatThrownBy(() -> ModelBundle.records(file, "g:a:1")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("old.json was written by an earlier version of the plugin (aims-bundle/1); build"
                        + " that release again with this version, or compare without it");
    }

    @Test
    void theDiffListsAddedRemovedAndChangedDecisionsRisksAndSystems() throws IOException {
        Path before = Files.write(dir.resolve("before.json"),
                ModelBundle.write(RuleFixture.passing(dir.resolve("a")).validate().model(), "g:a", "1"));
        RuleFixture next = RuleFixture.passing(dir.resolve("b"));
        Path systems = next.root().resolve("src/main/aims/systems.yaml");
        Files.writeString(systems, Files.readString(systems).replace("purpose: ", "purpose: Now "));
        Path soa = next.root().resolve("src/main/aims/soa-2.yaml");
        Files.writeString(soa, Files.readString(soa).replaceFirst("status: implemented", "status: planned"));
        Path after = Files.write(dir.resolve("after.json"), ModelBundle.write(next.validate().model(), "g:a", "2"));

        var differences = BundleDiff.between(ModelBundle.read(before), ModelBundle.read(after));

        assertThat(differences).extracting(BundleDiff.Difference::line).anySatisfy(line -> assertThat(line)
                .matches("~ Control A\\.[0-9.]+: applicable, implemented → applicable, planned; fields status"));
        assertThat(differences).extracting(BundleDiff.Difference::line)
                .contains("~ AISystem scorer: fields purpose", "~ AISystem chat: fields purpose");
        assertThat(BundleDiff.between(ModelBundle.read(after), Map.of())).extracting(BundleDiff.Difference::type)
                .containsOnly("removed");
        assertThat(BundleDiff.between(Map.of(), ModelBundle.read(after)).size()).isPositive();
        assertThat(BundleDiff.between(ModelBundle.read(before), ModelBundle.read(before))).isEmpty();
    }

    @Test
    void manifestHashesEveryInputAndOutput() throws IOException {
        RuleFixture fixture = RuleFixture.passing(dir.resolve("p"));
        AimsModel model = fixture.validate().model();
        Path output = Files.writeString(Files.createDirectories(dir.resolve("p/target")).resolve("out.txt"), "x");
        io.github.aimsplugin.check.CheckResult check = new io.github.aimsplugin.check.RuleEngine(BuiltInRules.all())
                .run(fixture.context(), Map.of());

        String manifest = new String(ReleaseManifest.write(new ReleaseManifest.Identity("g:a", "1.0", "0.1", "abc",
                false, "2026-11-01"), fixture.root(), model, check, Map.of("target/out.txt", output)));

        assertThat(manifest).contains("\"format\" : \"aims-manifest/1\"").contains("\"dirty\" : false")
                .contains("\"path\" : \"src/main/aims/risks.yaml\"")
                .contains("\"path\" : \"src/main/aims/risks.yaml\",\n    \"sha256\" : \""
                        + sha256(fixture.root().resolve("src/main/aims/risks.yaml")) + "\"")
                .contains("\"path\" : \"docs/evidence.md\",\n    \"sha256\" : \""
                        + sha256(fixture.root().resolve("docs/evidence.md")) + "\"")
                // SHA-256 of the one byte "x".
                .contains("\"path\" : \"target/out.txt\",\n    \"sha256\" : "
                        + "\"2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881\"");
    }

    @Test
    void sha256GivesTheStandardDigestsAlsoOfFilesLargerThanItsBuffer() throws IOException {
        // FIPS 180-2 test vectors.
        assertThat(Sha256.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.of("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // One million times "a", streamed through its 64 KiB buffer.
        Path million = Files.write(dir.resolve("million-a"), "a".repeat(1_000_000).getBytes());
        assertThat(Sha256.of(million))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    /** The digest computed here, with the JDK, not with the code under test. */
    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
