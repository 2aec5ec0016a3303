package io.github.aimsplugin.schema.catalog;

import java.util.List;

/** NIST AI RMF 1.0: 4 functions, 19 categories, 72 subcategories. */
public record NistAiRmf(List<Function> functions) {

    public record Function(String id, String title, List<Category> categories) {}

    public record Category(String id, String title, List<Subcategory> subcategories) {}

    public record Subcategory(String id, String title) {}

    public List<Subcategory> subcategories() {
        return functions.stream()
                .flatMap(function -> function.categories().stream())
                .flatMap(category -> category.subcategories().stream())
                .toList();
    }
}
