package io.github.aimsplugin.code;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The scans of one build by module, with the stamp of the files they read: the goals of one build (check, site,
 * export, manifest) scan unchanged class output once. One per build, injected into the goals (a JSR-330 singleton
 * of the plugin); a scanner made without one keeps its own. Small and bounded: a reactor has a few modules.
 */
@Named
@Singleton
public final class ScanCache {

    record Entry(String stamp, CodeScan scan) {}

    private static final int MAX_ENTRIES = 64;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    synchronized Entry get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Entry entry) {
        entries.put(key, entry);
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(entries.keySet().iterator().next());
        }
    }
}
