package io.github.aimsplugin.schema.catalog;

import java.util.List;

/** EU AI Act articles with the ISO/IEC 42001 items that support them (support, not presumption of conformity). */
public record EuAiAct(List<Article> articles) {

    public record Article(String id, String title, List<String> primary, List<String> supporting, String confidence) {
        public Article {
            primary = List.copyOf(primary);
            supporting = supporting == null ? List.of() : List.copyOf(supporting);
        }
    }
}
