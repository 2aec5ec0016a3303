package io.github.aimsplugin.site;

import java.util.HashMap;
import java.util.Map;

/**
 * File names of the per-record pages, the anchors of records listed on shared pages, and the AsciiDoc link markup
 * to them. Names and anchors keep only safe characters, so a record id can never become a path or a script; two ids
 * that clean up to the same page name get distinct names.
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

    /**
     * A link to where a record is shown: its own page (AI systems, risks, impact assessments), its row or section
     * on a shared page (controls, evidence, treatment actions, objectives, monitoring, audits, reviews,
     * nonconformities), or the page of its kind, as the registry ({@code Pages}) places them.
     */
    public String record(String kind, String id) {
        var own = Pages.recordPage(kind);
        if (own.isPresent()) {
            return link(own.get().prefix(), id);
        }
        for (SitePage page : Pages.SITE) {
            for (SitePage.Place place : page.shows()) {
                if (place.kind().equals(kind)) {
                    return place.anchor() == null ? to(page.target(null), kind + " " + id)
                            : to(page.target(place.anchor().apply(id)), id);
                }
            }
        }
        return UserText.asciiDoc(kind + " " + id);
    }

    /** {@code Kind/id}, as evidence names what it supports, as a link to that record. */
    public String reference(String kindSlashId) {
        int slash = kindSlashId.indexOf('/');
        return slash < 0 ? UserText.asciiDoc(kindSlashId)
                : record(kindSlashId.substring(0, slash), kindSlashId.substring(slash + 1));
    }

    /** {@code link:soa.html#A.8.2[A.8.2]}: the control's row in the Statement of Applicability. */
    public static String control(String id) {
        return to("soa.html#" + controlAnchor(id), id);
    }

    /** The id of a control's row in the Statement of Applicability: the control id itself, such as A.8.2. */
    static String controlAnchor(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** An anchor built only from safe characters, so a record id cannot break out of the id attribute. */
    static String anchor(String prefix, String id) {
        // Reversible, so that EV.2 and EV_2 never share an anchor: '_' escapes itself and every other character.
        StringBuilder anchor = new StringBuilder(prefix).append('-');
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '_') {
                anchor.append("__");
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                anchor.append(c);
            } else {
                anchor.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return anchor.toString();
    }

    /** A link to any page of the site, with escaped text. */
    public static String to(String target, String text) {
        return "link:" + target + "[" + UserText.asciiDoc(text) + "]";
    }
}
