package io.github.aimsplugin.site;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.release.ReleaseManifest;
import io.github.aimsplugin.release.Sha256;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Scope;
import io.github.aimsplugin.trail.RecordChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The source of the PDF audit pack ({@code adoc/audit-pack.adoc}): a book that includes the site's own page sources
 * (same AsciiDoc, same escaping), with a cover table, an audit-trail summary and the input hashes, and the PDF
 * theme beside it.
 */
final class AuditPack {

    static final String SOURCE = "audit-pack.adoc";
    static final String PDF = "aims-audit-pack.pdf";
    static final String THEME = "aims-theme.yml";
    private static final int RECENT = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The source of one page of the pack that it includes. */
    record Source(String source) {}

    /** How many record changes the trail holds of a kind. */
    record KindCount(String kind, long count) {}

    /** One of the most recent record changes. */
    record Change(String when, String commit, String kind, String id, String subject) {}

    /** An input file of the AIMS with its hash. */
    record Input(String path, String sha256) {}

    /** The pack's source ({@code audit-pack.adoc.mustache}). */
    record Pack(String organisation, String scope, String date, String commit, String pluginVersion,
            String checkSummary, List<Source> assessments, String trailStatus, boolean trailComplete,
            boolean hasChanges, List<KindCount> changesByKind, List<Change> recent, int recentCount,
            List<Input> inputs) {}

    private AuditPack() {}

    /** Writes the pack's source and theme into {@code adoc/}; returns the source. */
    static Path write(SiteInput input, SiteWriter writer, Path siteDirectory, Path templateDirectory)
            throws IOException {
        Path adoc = siteDirectory.resolve("adoc");
        Scope scope = input.model().all(RecordKinds.SCOPE).stream().findFirst().orElse(null);
        List<Source> assessments = new ArrayList<>();
        for (ImpactAssessment ia : input.model().all(RecordKinds.IMPACT_ASSESSMENT)) {
            String page = writer.links().page("ia", ia.id());
            assessments.add(new Source(page.substring(0, page.length() - ".html".length()) + ".adoc"));
        }
        Map<String, Long> byKind = input.trail().countsByKind();
        List<KindCount> counts = new ArrayList<>();
        byKind.forEach((kind, count) -> counts.add(new KindCount(kind, count)));
        List<Change> recent = new ArrayList<>();
        for (RecordChange change : input.trail().changes().stream().limit(RECENT).toList()) {
            recent.add(new Change(WHEN.format(change.when()), change.shortCommit(), change.kind(), change.id(),
                    change.subject()));
        }
        List<Input> inputs = new ArrayList<>();
        for (Map.Entry<String, Path> file : ReleaseManifest.inputs(input.baseDirectory(), input.model()).entrySet()) {
            if (Files.isRegularFile(file.getValue())) {
                inputs.add(new Input(file.getKey(), Sha256.of(file.getValue())));
            }
        }
        long errors = input.check() == null ? 0 : input.check().violations().stream()
                .filter(v -> v.level() == Level.ERROR).count();
        long warnings = input.check() == null ? 0 : input.check().violations().stream()
                .filter(v -> v.level() == Level.WARNING).count();
        Pack view = new Pack(scope == null ? "(no Scope record)" : scope.organisation(),
                scope == null ? "—" : scope.statement(), input.date(), input.commit(), input.pluginVersion(),
                input.check() == null ? "not run" : errors + " errors, " + warnings + " warnings",
                assessments, input.trail().status(), input.trail().complete(), !recent.isEmpty(), counts, recent,
                recent.size(), inputs);
        SiteFiles files = writer.files();
        PackCharts.write(input, writer.links(), writer.templates(), adoc, files);
        Path source = files.write(adoc.resolve(SOURCE), writer.templates().render("audit-pack", view));
        files.write(adoc.resolve(THEME), SiteWriter.bytes("pdf/" + THEME,
                templateDirectory == null ? null : templateDirectory.resolve(THEME)));
        return source;
    }

    /**
     * The attributes the conversion passes in, which the pack's sources cannot change: the commit of the running
     * footer; the document properties (subject, and the creation and modification dates from the site's date, which
     * comes from {@code project.build.outputTimestamp}, so that the same records give the same bytes); and the
     * footer kept, which the page sources turn off for HTML ({@code :nofooter:}) in lines that the pack includes.
     */
    static Map<String, String> attributes(SiteInput input) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("aims-commit", footerCommit(input.commit()));
        attributes.put("nofooter!", "");
        // Asciidoctor PDF leaves the dates out of a "reproducible" document; ours are fixed, so they go in.
        attributes.put("reproducible!", "");
        Scope scope = input.model().all(RecordKinds.SCOPE).stream().findFirst().orElse(null);
        // Passed as they are, not parsed as AsciiDoc; asciidoctor-pdf strips tags and decodes the entities of html().
        attributes.put("subject", UserText.html(scope == null ? "AI management system (ISO/IEC 42001)"
                : scope.organisation() + ", AI management system (ISO/IEC 42001): " + scope.statement()));
        attributes.put("keywords", "ISO/IEC 42001, AI management system, audit pack");
        String date = input.date();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            String dateTime = date + " 00:00:00 +0000";
            for (String prefix : new String[] {"doc", "local"}) {
                attributes.put(prefix + "date", date);
                attributes.put(prefix + "time", "00:00:00 +0000");
                attributes.put(prefix + "datetime", dateTime);
                attributes.put(prefix + "year", date.substring(0, 4));
            }
        }
        return attributes;
    }

    /** The commit for the running footer: hex only, shortened; anything else says none. */
    static String footerCommit(String commit) {
        return commit != null && commit.matches("[0-9a-f]{7,40}") ? commit.substring(0, Math.min(12, commit.length())) : "none";
    }
}
