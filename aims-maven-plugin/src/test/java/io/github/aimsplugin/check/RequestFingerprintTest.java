package io.github.aimsplugin.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.load.YamlLimits;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The check's fingerprint is derived from the request: every record component of the request, and of the records in
 * it, changes it when varied, unless it is marked {@link NotFingerprinted}. A setting of a type this test cannot vary
 * fails it: add a variation here, and a rendering to RequestFingerprint if it has none.
 */
class RequestFingerprintTest {

    private static final Path BASE = Path.of("/project").toAbsolutePath();

    private static CheckRequest request() {
        return new CheckRequest(Workspace.module(BASE, List.of(Path.of("src/main/aims")), List.of()),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults(), Map.of("review-fresh", Level.WARNING),
                CheckSettings.defaults().withBuild("-DskipTests", Instant.parse("2026-11-28T10:00:00Z")), true);
    }

    @Test
    void everySettingReachesTheFingerprint() throws Exception {
        CheckRequest request = request();
        List<String> varied = new ArrayList<>();
        vary(request, "", copy -> {
            assertThat(((CheckRequest) copy.value()).fingerprint()).as(copy.path() + " must change the fingerprint")
                    .isNotEqualTo(request.fingerprint());
            varied.add(copy.path());
        });
        assertThat(varied).contains("workspace", "today", "limits.maxFileBytes", "levels", "gitHistory",
                "settings.minJustificationWords", "settings.aiSdks.sdks", "settings.requireMetrics");
    }

    @Test
    void theFingerprintIsStableAndLeavesOutTheBuildsClock() {
        CheckRequest request = request();
        assertThat(request.fingerprint()).isEqualTo(request().fingerprint()).hasSize(64);
        CheckRequest later = new CheckRequest(request.workspace(), request.today(), request.limits(),
                new LinkedHashMap<>(request.levels()), request.settings().withBuild("-DskipTests", Instant.now()),
                request.gitHistory());
        assertThat(later.fingerprint()).as("buildStarted is @NotFingerprinted").isEqualTo(request.fingerprint());
    }

    @Test
    void aValueWithoutAStableRenderingIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestFingerprint.render(new Object()))
                .hasMessageContaining("no stable rendering");
    }

    private record Varied(String path, Object value) {}

    /** Calls {@code check} with a copy of {@code record} per component varied, recursing into records. */
    private static void vary(Record record, String prefix, java.util.function.Consumer<Varied> check)
            throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String path = prefix + component.getName();
            if (component.isAnnotationPresent(NotFingerprinted.class)) {
                continue;
            }
            Object value = component.getAccessor().invoke(record);
            int index = i;
            if (value instanceof Record inner && !(value instanceof Workspace)) {
                vary(inner, path + ".", copy -> check.accept(new Varied(copy.path(),
                        rebuild(record, index, copy.value()))));
                if (!(inner instanceof AiSdks)) {
                    continue;
                }
            }
            check.accept(new Varied(path, rebuild(record, index, variation(path, component.getGenericType(),
                    value))));
        }
    }

    private static Object variation(String path, Type type, Object value) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == int.class) {
            return (Integer) value + 1;
        }
        if (raw == long.class) {
            return (Long) value + 1;
        }
        if (raw == boolean.class) {
            return !(Boolean) value;
        }
        if (raw == Boolean.class) {
            return value == null ? Boolean.FALSE : null;
        }
        if (raw == String.class) {
            return value == null ? "-Dvaried" : value + "-varied";
        }
        if (raw == LocalDate.class) {
            return ((LocalDate) value).plusDays(1);
        }
        if (raw == Workspace.class) {
            return Workspace.module(BASE, List.of(Path.of("src/main/aims"), Path.of("aims")), List.of());
        }
        if (raw == AiSdks.class) {
            return new AiSdks(List.of());
        }
        if (raw == List.class && value instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
            List<Object> more = new ArrayList<>(list);
            more.add("varied");
            return more;
        }
        if (raw == List.class && value instanceof List<?> list && !list.isEmpty()) {
            return list.subList(1, list.size());
        }
        if (raw == Set.class) {
            Set<Object> more = new HashSet<>((Set<?>) value);
            more.add("varied");
            return more;
        }
        if (raw == Map.class) {
            Map<Object, Object> more = new HashMap<>((Map<?, ?>) value);
            more.put("actions-not-overdue", Level.OFF);
            return more;
        }
        return fail("no variation for " + path + " (" + type.getTypeName() + "): add one to RequestFingerprintTest,"
                + " and a rendering to RequestFingerprint if it has none");
    }

    private static Object rebuild(Record record, int index, Object replacement) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = i == index ? replacement : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
