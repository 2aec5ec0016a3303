package io.github.aimsplugin.site;

import java.util.HashMap;
import java.util.Map;

/**
 * File names of the per-record pages and the AsciiDoc link markup to them. Names keep only safe characters, so a
 * record id can never become a path or a script; two ids that clean up to the same name get distinct names.
 */
public final class SiteLinks {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> taken = new HashMap<>();

    /** The page, such as {@code risk-R-01.html}, for a record of a kind ("risk", "system", "ia"). */
    public synchronized String page(String prefix, String id) {
        return names.computeIfAbsent(prefix + "\u0000" + id, key -> {
            String base = prefix + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
            String name = base;
            for (int i = 2; taken.containsKey(name) && !taken.get(name).equals(key); i++) {
                name = base + "-" + i;
            }
            taken.put(name, key);
            return name;
        }) + ".html";
    }

    /** {@code link:page.html[escaped text]}. */
    public String link(String prefix, String id) {
        return to(page(prefix, id), id);
    }

    /** A link to any page of the site, with escaped text. */
    public static String to(String target, String text) {
        return "link:" + target + "[" + UserText.asciiDoc(text) + "]";
    }
}
