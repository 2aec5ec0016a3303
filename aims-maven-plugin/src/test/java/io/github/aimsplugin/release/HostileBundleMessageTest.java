package io.github.aimsplugin.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken bundle is named with the place it breaks: the token the parser would quote is the bundle's text. */
class HostileBundleMessageTest {

    @Test
    void controlCharactersOfABrokenBundleAreNotInTheMessage(@TempDir Path dir) throws Exception {
        Path bundle = dir.resolve("org-1.0-aims.bundle.json");
        Files.writeString(bundle, "{\"format\": x\u001bc\u202eabc}", StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> ReleaseService.organisation("org:gov:1.0", bundle));

        assertThat(thrown.getMessage()).contains("is not JSON (line 1, column").doesNotContain("\u001b", "\u202e");
    }
}
