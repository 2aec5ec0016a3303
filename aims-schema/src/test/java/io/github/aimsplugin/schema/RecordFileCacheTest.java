package io.github.aimsplugin.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.load.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileCacheTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    /** Valid records, decimals of every scale, and files with YAML, shape, kind and schema problems. */
    private FixtureProject project() {
        return FixtureProject.copyOf("complete", dir)
                .append("risks.yaml", "---\nkind: Risk\nid: R-009\ntitle: 7\nscore: 1.50\nbig: 12345678901234567890\n"
                        + "ratio: 1E+3\nwhole: 9.\nscaled: 1.5e+1\n")
                .write("broken.yaml", "kind: Risk\nid: [unclosed\n")
                .write("shapes.yaml", "kind: Rsik\nid: X-1\n---\n- a list\n---\nid: no-kind\n---\nkind: Risk\n")
                .write("notes.yaml", "kind: Policy\nid: P-2\ntitle: \"two\\nlines ü\"\n");
    }

    private ValidationResult validate(FixtureProject project, RecordFileCache cache) {
        return new AimsValidator().validate(new ValidationRequest(project.root, List.of(Path.of("src/main/aims")),
                FixtureProject.TODAY, YamlLimits.defaults()), cache);
    }

    @Test
    void aCachedValidationIsTheFullOneAndReadsNoUnchangedFileAgain() throws IOException {
        FixtureProject project = project();
        RecordFileCache cache = new RecordFileCache(project.root.resolve("target"), "stamp");
        ValidationResult full = validate(project, null);

        assertThat(shape(validate(project, cache))).isEqualTo(shape(full));
        assertThat(entries(project)).hasSize(10);
        age(project);
        ValidationResult cached = validate(project, cache);

        assertThat(shape(cached)).isEqualTo(shape(full));
        assertThat(full.problems()).isNotEmpty();
        assertThat(rewritten(project)).isEmpty();
    }

    @Test
    void aChangedFileAloneIsReadAgain() throws IOException {
        FixtureProject project = project();
        RecordFileCache cache = new RecordFileCache(project.root.resolve("target"), "stamp");
        validate(project, cache);
        age(project);
        project.replace("risks.yaml", "score: 1.50", "score: 2.50");

        ValidationResult cached = validate(project, cache);

        assertThat(shape(cached)).isEqualTo(shape(validate(project, null)));
        assertThat(rewritten(project)).hasSize(1);
    }

    @Test
    void anotherStampOrOtherLimitsTakeNoEntry() throws IOException {
        FixtureProject project = project();
        validate(project, new RecordFileCache(project.root.resolve("target"), "stamp"));
        age(project);

        validate(project, new RecordFileCache(project.root.resolve("target"), "a newer schema"));

        assertThat(rewritten(project)).hasSize(10);
        age(project);
        ValidationResult small = new AimsValidator().validate(new ValidationRequest(project.root,
                List.of(Path.of("src/main/aims")), FixtureProject.TODAY, new YamlLimits(200, 32, 10)),
                new RecordFileCache(project.root.resolve("target"), "a newer schema"));
        assertThat(small.problems()).anyMatch(problem -> problem.rule().equals("yaml-limit"));
    }

    @Test
    void aCorruptOrForeignEntryIsReadAgainNeverAnError() throws IOException {
        FixtureProject project = project();
        RecordFileCache cache = new RecordFileCache(project.root.resolve("target"), "stamp");
        validate(project, cache);
        List<Path> entries = entries(project);
        Files.writeString(entries.get(0), "not an entry");
        String second = Files.readString(entries.get(1), StandardCharsets.UTF_8);
        Files.writeString(entries.get(1), second.substring(0, second.length() / 2));
        String third = Files.readString(entries.get(2), StandardCharsets.UTF_8);
        Files.writeString(entries.get(2), third.replace("\n[", "\n [")); // edited: its sum no longer holds
        age(project);

        ValidationResult cached = validate(project, cache);

        assertThat(shape(cached)).isEqualTo(shape(validate(project, null)));
        assertThat(rewritten(project)).containsExactlyInAnyOrderElementsOf(entries.subList(0, 3));
    }

    @Test
    void anEntryWithAValidSumButNoKnownKindIsReadAgainNotACrash() throws Exception {
        FixtureProject project = project();
        RecordFileCache cache = new RecordFileCache(project.root.resolve("target"), "stamp");
        validate(project, cache);
        Path planted = null;
        for (Path entry : entries(project)) {
            String[] head = Files.readString(entry, StandardCharsets.UTF_8).split("\n", 4);
            if (head[3].contains("\"Risk\"")) {
                String body = head[3].replace("\"Risk\"", "\"NoSuchKind\"");
                String key = head[1].substring("key ".length());
                String sum = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest((key + "\n" + body).getBytes(StandardCharsets.UTF_8)));
                Files.writeString(entry, head[0] + "\n" + head[1] + "\nbody " + sum + "\n" + body);
                planted = entry;
                break;
            }
        }
        assertThat(planted).isNotNull();
        age(project);

        ValidationResult cached = validate(project, cache);

        assertThat(shape(cached)).isEqualTo(shape(validate(project, null)));
        assertThat(rewritten(project)).containsExactly(planted);
    }

    @Test
    void entriesOfFilesNoLongerThereAreRemoved() throws IOException {
        FixtureProject project = project();
        RecordFileCache cache = new RecordFileCache(project.root.resolve("target"), "stamp");
        validate(project, cache);
        Files.delete(project.aims("notes.yaml"));

        validate(project, cache);

        assertThat(entries(project)).hasSize(9);
    }

    @Test
    void aCacheFolderLinkedOutOfTheBuildDirectoryIsNotUsed() throws IOException {
        FixtureProject project = project();
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(project.root.resolve("target"));
        Files.createSymbolicLink(project.root.resolve("target/aims-cache"), outside);

        ValidationResult result = validate(project, new RecordFileCache(project.root.resolve("target"), "stamp"));

        assertThat(shape(result)).isEqualTo(shape(validate(project, null)));
        try (Stream<Path> files = Files.walk(outside)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /** Everything a validation gives, as text: problems, and each record with its tree, locations and value. */
    private static List<String> shape(ValidationResult result) {
        List<String> lines = new ArrayList<>();
        result.problems().forEach(problem -> lines.add(problem.format() + " | " + problem));
        lines.add("files " + result.files());
        for (LoadedRecord record : result.model().records()) {
            lines.add(record.reference() + " " + record.location() + " " + record.source().index() + " "
                    + record.source().root() + " " + types(record.source().root()) + " "
                    + new TreeMap<>(record.source().locations().entries()) + " " + record.value());
        }
        return lines;
    }

    /** The node classes of a tree, so that 1.50 read back as 1.5 or as a double would differ. */
    private static String types(com.fasterxml.jackson.databind.JsonNode node) {
        StringBuilder types = new StringBuilder(node.getClass().getSimpleName());
        if (node.isNumber()) {
            types.append(node.numberValue().getClass().getSimpleName()).append(node.numberValue());
        }
        node.fields().forEachRemaining(field -> types.append(' ').append(field.getKey()).append('=')
                .append(types(field.getValue())));
        node.elements().forEachRemaining(element -> types.append(' ').append(types(element)));
        return types.toString();
    }

    private static List<Path> entries(FixtureProject project) throws IOException {
        try (Stream<Path> files = Files.list(project.root.resolve("target").resolve(RecordFileCache.FOLDER))) {
            return files.sorted().toList();
        }
    }

    private static void age(FixtureProject project) throws IOException {
        for (Path entry : entries(project)) {
            Files.setLastModifiedTime(entry, OLD);
        }
    }

    private static List<Path> rewritten(FixtureProject project) throws IOException {
        List<Path> rewritten = new ArrayList<>();
        for (Path entry : entries(project)) {
            if (!Files.getLastModifiedTime(entry).equals(OLD)) {
                rewritten.add(entry);
            }
        }
        return rewritten;
    }
}
