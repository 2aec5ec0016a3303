package io.github.aimsplugin.schema.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in catalogs, read once from the data files under {@code aims/catalog/} of this jar. Immutable and
 * safe to share between threads.
 */
public record Catalogs(AnnexA annexA, AnnexC annexC, Clauses clauses, NistAiRmf nistAiRmf,
        NistCrosswalk nistCrosswalk, EuAiAct euAiAct, AiSdks aiSdks) {

    public static final String CATALOG_PATH = "aims/catalog/";

    private static final class Holder {
        static final Catalogs BUILT_IN = load();
    }

    public static Catalogs builtIn() {
        return Holder.BUILT_IN;
    }

    private static Catalogs load() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new Catalogs(
                read(yaml, "annex-a.yaml", AnnexA.class),
                read(yaml, "annex-c.yaml", AnnexC.class),
                read(yaml, "clauses.yaml", Clauses.class),
                read(yaml, "nist-ai-rmf.yaml", NistAiRmf.class),
                read(yaml, "nist-crosswalk.yaml", NistCrosswalk.class),
                read(yaml, "eu-ai-act.yaml", EuAiAct.class),
                read(yaml, "ai-sdks.yaml", AiSdks.class));
    }

    static <T> T read(ObjectMapper yaml, String file, Class<T> type) {
        String resource = CATALOG_PATH + file;
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing from the aims-schema jar: " + resource);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in catalog " + resource, e);
        }
    }
}
