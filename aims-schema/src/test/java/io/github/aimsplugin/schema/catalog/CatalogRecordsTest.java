package io.github.aimsplugin.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRecordsTest {

    @Test
    void theAiSdksReadWithoutTheObjectMapperAreWhatJacksonBinds() {
        AiSdks plain = CatalogRecords.read("ai-sdks.yaml", AiSdks.class);

        assertThat(plain).isEqualTo(Catalogs.read("ai-sdks.yaml", AiSdks.class));
        assertThat(plain.sdks()).hasSizeGreaterThan(20);
        assertThat(plain.sdks()).flatExtracting(AiSdks.Sdk::packages).anyMatch(AiSdks.Api::local);
        assertThat(Catalogs.builtIn().aiSdks()).isEqualTo(plain);
    }

    /** ai-code.yaml holds moving models and key patterns, and neither a list "absent" nor a number "none". */
    public record Shape(String provider, String prefix, String regex) {}

    public record Code(List<String> movingModels, List<Shape> keyPatterns, List<String> absent, int none) {}

    public record Wrong(String sdks) {}

    @Test
    void componentsAreBoundByNameAndTypeAsJacksonBindsThem() {
        Code plain = CatalogRecords.read("ai-code.yaml", Code.class);

        assertThat(plain).isEqualTo(Catalogs.read("ai-code.yaml", Code.class));
        assertThat(plain.movingModels()).isNotEmpty();
        assertThat(plain.absent()).isNull();
        assertThat(plain.none()).isZero();
    }

    @Test
    void aCatalogNotOfTheRecordsShapeIsAnError() {
        assertThatThrownBy(() -> CatalogRecords.read("ai-sdks.yaml", Wrong.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("String");
        assertThatThrownBy(() -> CatalogRecords.read("no-such.yaml", Wrong.class))
                .hasMessageContaining("missing");
    }
}
