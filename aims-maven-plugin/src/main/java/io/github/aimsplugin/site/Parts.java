package io.github.aimsplugin.site;

import java.util.List;

/**
 * A page view made of parts (a system's own view, its history, its metrics) that the page's template reads as one
 * scope: the template names {@code {{hasHistory}}}, not {@code {{history.hasHistory}}}, so that templates a user
 * copied keep their keys. When two parts have a name, the later part's value is the one shown.
 */
interface Parts {

    /** The parts, in the order the template searches them last to first. */
    List<Object> scopes();
}
