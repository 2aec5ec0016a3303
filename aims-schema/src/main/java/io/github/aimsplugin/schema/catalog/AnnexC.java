package io.github.aimsplugin.schema.catalog;

import java.util.List;

/** ISO/IEC 42001 Annex C: AI-related objectives (C.2.x) and risk sources (C.3.x). */
public record AnnexC(List<Entry> objectives, List<Entry> riskSources) {

    public record Entry(String id, String title) {}

    public List<String> objectiveIds() {
        return objectives.stream().map(Entry::id).toList();
    }

    public List<String> riskSourceIds() {
        return riskSources.stream().map(Entry::id).toList();
    }
}
