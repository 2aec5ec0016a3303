package io.github.aimsplugin.schema.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in catalogs, read from the data files under {@code aims/catalog/} of this jar. Each is read on first
 * use only — validation needs Annex A and C, not the crosswalks — then kept. Immutable and thread-safe.
 */
public final class Catalogs {

    public static final String CATALOG_PATH = "aims/catalog/";

    private static final Catalogs BUILT_IN = new Catalogs();

    private static final class Yaml {
        static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final class AnnexAHolder {
        static final AnnexA VALUE = read("annex-a.yaml", AnnexA.class);
    }

    private static final class AnnexCHolder {
        static final AnnexC VALUE = read("annex-c.yaml", AnnexC.class);
    }

    private static final class ClausesHolder {
        static final Clauses VALUE = read("clauses.yaml", Clauses.class);
    }

    private static final class NistHolder {
        static final NistAiRmf VALUE = read("nist-ai-rmf.yaml", NistAiRmf.class);
    }

    private static final class CrosswalkHolder {
        static final NistCrosswalk VALUE = read("nist-crosswalk.yaml", NistCrosswalk.class);
    }

    private static final class EuAiActHolder {
        static final EuAiAct VALUE = read("eu-ai-act.yaml", EuAiAct.class);
    }

    private static final class AiSdksHolder {
        // Read without Jackson's object mapper: every check needs it before a record is read, a replayed one too.
        static final AiSdks VALUE = CatalogRecords.read("ai-sdks.yaml", AiSdks.class);
    }

    private Catalogs() {}

    public static Catalogs builtIn() {
        return BUILT_IN;
    }

    public AnnexA annexA() {
        return AnnexAHolder.VALUE;
    }

    public AnnexC annexC() {
        return AnnexCHolder.VALUE;
    }

    public Clauses clauses() {
        return ClausesHolder.VALUE;
    }

    public NistAiRmf nistAiRmf() {
        return NistHolder.VALUE;
    }

    public NistCrosswalk nistCrosswalk() {
        return CrosswalkHolder.VALUE;
    }

    public EuAiAct euAiAct() {
        return EuAiActHolder.VALUE;
    }

    public AiSdks aiSdks() {
        return AiSdksHolder.VALUE;
    }

    /** Reads a data file of this jar, such as a catalog or the default risk criteria. */
    public static <T> T read(String file, Class<T> type) {
        String resource = CATALOG_PATH + file;
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing from the aims-schema jar: " + resource);
            }
            return Yaml.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in catalog " + resource, e);
        }
    }
}
