package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed application.yml is named with the place it breaks, never with its text (a password, say). */
class ConfigParseErrorTest {

    @Test
    void aBrokenYamlLineIsNotEchoed(@TempDir Path resources) throws Exception {
        Files.writeString(resources.resolve("application.yml"),
                "spring:\n  datasource:\n    password: hunter2-Pa55word: oops\n");

        ConfigModelNames.Result result = new ConfigModelNames(CodeCatalog.builtIn())
                .read(List.of(resources), Path::toString);

        assertThat(result.warnings()).singleElement().asString()
                .contains("application.yml could not be read for model names (malformed at line 3, column")
                .doesNotContain("hunter2");
    }
}
