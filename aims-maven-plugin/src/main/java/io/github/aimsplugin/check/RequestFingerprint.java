package io.github.aimsplugin.check;

import io.github.aimsplugin.build.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stable rendering of a request, walked over its record components (records inside records too), so that a setting
 * added to {@link CheckRequest}, {@link CheckSettings} or the YAML limits reaches the fingerprint without anyone
 * remembering to add it. Sets and maps are rendered sorted; a value of a type without a stable rendering is refused.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(Record request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(render(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Workspace workspace) {
            // Only where records are looked for: what is found there (record files, POMs, bundles, dependencies,
            // compiled classes) is content, which the site fingerprints file by file (SiteInputs) and a cache must too.
            return render(workspace.sourceDirectories());
        }
        if (value instanceof Record record) {
            StringBuilder rendered = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.isAnnotationPresent(NotFingerprinted.class)) {
                    continue;
                }
                rendered.append(component.getName()).append('=').append(render(read(component, record))).append(';');
            }
            return rendered.append('}').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> render(entry.getKey()) + "=" + render(entry.getValue()))
                    .sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(RequestFingerprint::render).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RequestFingerprint::render).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean
                || value instanceof Temporal || value instanceof Path) {
            return value.toString();
        }
        if (value instanceof Collection<?>) {
            throw new IllegalStateException("no stable order for a " + value.getClass().getName());
        }
        throw new IllegalStateException("no stable rendering of a " + value.getClass().getName() + " in the check's"
                + " fingerprint: render it in RequestFingerprint, or mark the setting @NotFingerprinted with why");
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
