package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.model.AimsRecord;
import java.util.function.BiFunction;

/**
 * A page per record of a kind (each AI system, risk, impact assessment), as the registry {@link Pages} holds it:
 * {@code prefix-<id>.html} (see {@link SiteLinks#page}), made from {@code template.adoc.mustache}.
 *
 * @param prefix the start of the page names, and of the links to them
 * @param template the template of every page of the kind
 * @param kind the records that have a page
 * @param view the view record the template reads; {@code make} returns one
 * @param make makes the view of one record from the builders of one site write
 */
record RecordPage<R extends AimsRecord>(String prefix, String template, RecordKind<R> kind, Class<?> view,
        BiFunction<PageViews, R, ?> make) {

    static <R extends AimsRecord, V> RecordPage<R> of(String prefix, String template, RecordKind<R> kind,
            Class<V> view, BiFunction<PageViews, R, V> make) {
        return new RecordPage<>(prefix, template, kind, view, make);
    }
}
