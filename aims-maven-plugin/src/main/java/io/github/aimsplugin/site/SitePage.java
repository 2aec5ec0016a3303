package io.github.aimsplugin.site;

import io.github.aimsplugin.schema.kind.RecordKind;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A page of the site that is written once (the dashboard, the register, the Statement of Applicability...), as the
 * registry {@link Pages} holds it: its name ({@code name.adoc.mustache} makes {@code name.adoc} and
 * {@code name.html}), the type of its view and how that view is made, its place in the navigation, the records it
 * shows (where links to them go) and the clauses whose documented output it gives (the clause map).
 *
 * @param name the page and its template
 * @param view the view record the template reads; {@code make} returns one
 * @param make makes the view from the builders of one site write
 * @param navigation its position in the docinfo header's navigation, from 1; 0 when the navigation does not list it
 * @param label its link text in the navigation
 * @param written whether a site of this input has the page; null for every site
 * @param shows the records the page shows, each in its row or section
 * @param documents the documented outputs the page gives, by record kind
 */
record SitePage(String name, Class<?> view, Function<PageViews, ?> make, int navigation, String label,
        Predicate<SiteInput> written, List<Place> shows, List<ClauseOutput> documents) {

    /** Where a record of a kind is shown on the page: its anchor, or null when the page shows it whole. */
    record Place(String kind, UnaryOperator<String> anchor) {}

    /**
     * The page gives the documented output of these clauses when records of the kind exist, under this label (with
     * the count of records), at its fragment (null for the page itself).
     */
    record ClauseOutput(RecordKind<?> kind, String fragment, String label, List<String> clauses) {}

    /** A page every site has, in the navigation at {@code position} with {@code label}. */
    static <V> SitePage of(String name, Class<V> view, Function<PageViews, V> make, int position, String label) {
        return new SitePage(name, view, make, position, label, null, List.of(), List.of());
    }

    /** A page only some sites have, which the navigation does not list. */
    static <V> SitePage when(Predicate<SiteInput> written, String name, Class<V> view, Function<PageViews, V> make) {
        return new SitePage(name, view, make, 0, null, written, List.of(), List.of());
    }

    /** The same page, showing records of a kind at an anchor made from the id (null: the page itself). */
    SitePage showing(RecordKind<?> kind, UnaryOperator<String> anchor) {
        List<Place> places = new java.util.ArrayList<>(shows);
        places.add(new Place(kind.name(), anchor));
        return new SitePage(name, view, make, navigation, label, written, List.copyOf(places), documents);
    }

    /** The same page, giving the documented output of clauses from records of a kind. */
    SitePage documenting(RecordKind<?> kind, String fragment, String output, String... clauses) {
        List<ClauseOutput> outputs = new java.util.ArrayList<>(documents);
        outputs.add(new ClauseOutput(kind, fragment, output, List.of(clauses)));
        return new SitePage(name, view, make, navigation, label, written, shows, List.copyOf(outputs));
    }

    boolean writtenFor(SiteInput input) {
        return written == null || written.test(input);
    }

    Object viewOf(PageViews views) {
        return make.apply(views);
    }

    /** The file name of the page, with a fragment when one is given. */
    String target(String fragment) {
        return name + ".html" + (fragment == null ? "" : "#" + fragment);
    }
}
