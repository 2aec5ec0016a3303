package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import org.junit.jupiter.api.Test;

class CodeCatalogReadTest {

    @Test
    void theBuiltInCodeCatalogReadWithoutTheObjectMapperIsWhatJacksonBinds() {
        CodeCatalog jackson = Catalogs.read("ai-code.yaml", CodeCatalog.class);

        assertThat(CodeCatalog.builtIn()).isEqualTo(jackson);
        assertThat(jackson.configKeys()).anyMatch(key -> key.note() != null);
        assertThat(jackson.modelArguments()).anyMatch(CodeCatalog.ModelArgument::factory);
        assertThat(jackson.annotations()).isNotEmpty();
    }
}
