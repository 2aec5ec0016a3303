package io.github.aimsplugin.site;

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

    /** One commit that changed a record, as the History section lists it. */
    record Row(String when, String commit, String author, String subject, String type, String file) {}

    /** The History section of a record page ({@code _history.mustache}). */
    record RecordHistory(List<Row> history, boolean hasHistory, String historyStatus, boolean uncommitted) {}

    /** One change on the audit-trail page: a row with the record it changed, linked when it has a page. */
    record Change(String when, String commit, String author, String subject, String type, String file,
            String recordLink, String kind, String kindClass) {}

    /** An option of the kind filter, whose label is already escaped for HTML. */
    record KindOption(String kindClass, String kindLabel) {}

    /** The audit-trail page. */
    record TrailPage(String title, String status, boolean complete, List<Change> changes, boolean hasChanges,
            List<KindOption> kinds, String uncommittedText) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final SiteLinks links;

    HistoryViews(AuditTrail trail, SiteLinks links) {
        this.trail = trail;
        this.links = links;
    }

    /** A record's history, for its page. */
    RecordHistory of(String kind, String id) {
        List<Row> rows = new ArrayList<>();
        trail.of(kind, id).forEach(change -> rows.add(row(change)));
        return new RecordHistory(rows, !rows.isEmpty(), trail.complete() ? "" : trail.status(),
                trail.uncommitted().contains(kind + "/" + id));
    }

    TrailPage page() {
        List<Change> rows = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (RecordChange change : trail.changes()) {
            Row row = row(change);
            String prefix = Pages.recordPage(change.kind()).map(RecordPage::prefix).orElse(null);
            rows.add(new Change(row.when(), row.commit(), row.author(), row.subject(), row.type(), row.file(),
                    prefix == null ? UserText.asciiDoc(change.id()) : links.link(prefix, change.id()), change.kind(),
                    CssClasses.kind(change.kind())));
            kinds.add(change.kind());
        }
        // The filter sits in an HTML passthrough block: its values are escaped for HTML, not for AsciiDoc.
        Map<String, String> options = new java.util.TreeMap<>();
        kinds.stream().sorted().forEach(kind -> options.putIfAbsent(CssClasses.kind(kind),
                CssClasses.kind(kind).equals("kind-other") ? "other" : UserText.html(kind)));
        List<KindOption> kindOptions = new ArrayList<>();
        options.forEach((kindClass, label) -> kindOptions.add(new KindOption(kindClass, label)));
        return new TrailPage("Audit trail", trail.status(), trail.complete(), rows, !rows.isEmpty(), kindOptions,
                trail.uncommitted().isEmpty() ? ""
                        : String.join(", ", trail.uncommitted().stream().sorted().toList()));
    }

    private static Row row(RecordChange change) {
        return new Row(WHEN.format(change.when()), change.shortCommit(), change.author(), change.subject(),
                change.type(), change.file());
    }
}
