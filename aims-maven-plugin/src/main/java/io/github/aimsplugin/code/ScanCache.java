package io.github.aimsplugin.code;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scans of this JVM by module, with the stamp of the files they read: the goals of one build (check, site,
 * export, manifest) scan unchanged class output once. Small and bounded: a reactor has a few modules.
 */
final class ScanCache {

    record Entry(String stamp, CodeScan scan) {}

    private static final int MAX_ENTRIES = 64;

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private ScanCache() {}

    static synchronized Entry get(String key) {
        return ENTRIES.get(key);
    }

    static synchronized void put(String key, Entry entry) {
        ENTRIES.put(key, entry);
    }
}
