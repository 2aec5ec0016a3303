package io.github.aimsplugin.site;

import static io.github.aimsplugin.site.Views.map;

import io.github.aimsplugin.trail.AuditTrail;
import io.github.aimsplugin.trail.RecordChange;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The History section of record pages and the chronological audit-trail page. */
final class HistoryViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> PAGE_PREFIX = Map.of("AISystem", "system", "Risk", "risk",
            "ImpactAssessment", "ia");

    private final AuditTrail trail;
    private final SiteLinks links;

    HistoryViews(AuditTrail trail, SiteLinks links) {
        this.trail = trail;
        this.links = links;
    }

    /** Adds the record's history to a page view. */
    Map<String, Object> with(String kind, String id, Map<String, Object> view) {
        List<Map<String, Object>> rows = new ArrayList<>();
        trail.of(kind, id).forEach(change -> rows.add(row(change)));
        view.put("history", rows);
        view.put("hasHistory", !rows.isEmpty());
        view.put("historyStatus", trail.complete() ? "" : trail.status());
        view.put("uncommitted", trail.uncommitted().contains(kind + "/" + id));
        return view;
    }

    Map<String, Object> page() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (RecordChange change : trail.changes()) {
            Map<String, Object> row = row(change);
            String prefix = PAGE_PREFIX.get(change.kind());
            row.put("recordLink", prefix == null ? UserText.asciiDoc(change.id()) : links.link(prefix, change.id()));
            row.put("kind", change.kind());
            row.put("kindClass", CssClasses.kind(change.kind()));
            rows.add(row);
            kinds.add(change.kind());
        }
        // The filter sits in an HTML passthrough block: its values are escaped for HTML, not for AsciiDoc.
        Map<String, String> options = new java.util.TreeMap<>();
        kinds.stream().sorted().forEach(kind -> options.putIfAbsent(CssClasses.kind(kind),
                CssClasses.kind(kind).equals("kind-other") ? "other" : UserText.html(kind)));
        List<Map<String, Object>> kindOptions = new ArrayList<>();
        options.forEach((kindClass, label) -> kindOptions.add(map("kindClass", kindClass, "kindLabel", label)));
        return map("title", "Audit trail", "status", trail.status(), "complete", trail.complete(),
                "changes", rows, "hasChanges", !rows.isEmpty(), "kinds", kindOptions,
                "uncommittedText", trail.uncommitted().isEmpty() ? ""
                        : String.join(", ", trail.uncommitted().stream().sorted().toList()));
    }

    private static Map<String, Object> row(RecordChange change) {
        return map("when", WHEN.format(change.when()), "commit", change.shortCommit(), "author", change.author(),
                "subject", change.subject(), "type", change.type(), "file", change.file());
    }
}
