package io.github.aimsplugin.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimsplugin.schema.load.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static Violation at(int line, String id, String cause) {
        return new Violation(new SourceLocation("src/main/aims/soa.yaml", line, 1), "exclusion-justified", Level.ERROR,
                "Control", id, "control " + id + " is excluded with a placeholder", "say why", cause);
    }

    @Test
    void toleratesKnownViolationsEvenWhenTheirLinesMoveAndListsFixedOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aims-baseline.json");
        Baseline.of(List.of(at(10, "A.10.4", "placeholder"), at(20, "A.10.3", "too-short"))).write(file);

        Baseline.Comparison comparison = Baseline.read(file).compare(List.of(
                at(42, "A.10.4", "placeholder"),
                at(50, "A.9.4", "placeholder")));

        assertThat(comparison.tolerated()).extracting(Violation::id).containsExactly("A.10.4");
        assertThat(comparison.fresh()).extracting(Violation::id).containsExactly("A.9.4");
        assertThat(comparison.fixed()).containsExactly("exclusion-justified|Control|A.10.3|too-short");
    }

    @Test
    void writesTheSameBytesForTheSameViolations(@TempDir Path dir) throws IOException {
        Baseline.of(List.of(at(1, "B", "x"), at(2, "A", "y"))).write(dir.resolve("one.json"));
        Baseline.of(List.of(at(2, "A", "y"), at(1, "B", "x"))).write(dir.resolve("two.json"));

        assertThat(Files.readString(dir.resolve("one.json"))).isEqualTo(Files.readString(dir.resolve("two.json")))
                .doesNotContain("\"line\"");
    }

    @Test
    void aFileThatIsNotABaselineIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"foo\": 1}");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not an AIMS baseline");
    }
}
