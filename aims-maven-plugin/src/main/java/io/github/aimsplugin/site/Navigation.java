package io.github.aimsplugin.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The navigation bar of every page, the docinfo header {@code docinfo-header.html}: drawn from the registry's
 * navigation ({@link Pages#navigation()}) by {@code docinfo-header.html.mustache}, whose {@code {{key}}}s are escaped
 * for HTML. A user's own {@code docinfo-header.html} in the template folder is used as is, as before the header was
 * a template; a user's {@code docinfo-header.html.mustache} replaces the built-in template like any other.
 *
 * @param links the pages of the navigation, in its order
 */
record Navigation(List<Link> links) {

    /** The built-in template (in the site-template jar), which a user's template folder may replace. */
    static final String TEMPLATE = "docinfo-header.html.mustache";

    /** The docinfo file Asciidoctor and the page shell read, and the name of a user's static header. */
    static final String FILE = "docinfo-header.html";

    /** A link of the navigation: the page's file and its label. */
    record Link(String href, String label) {}

    /** The navigation of the registry's pages. */
    static Navigation of(List<SitePage> pages) {
        return new Navigation(pages.stream().map(page -> new Link(page.target(null), page.label())).toList());
    }

    /**
     * The bytes of {@code adoc/docinfo-header.html}: the user's static header when there is one, else the rendered
     * one (written by the caller through {@link SiteFiles}, so a re-render keeps it and the sweep knows it).
     */
    static byte[] bytes(SiteTemplates templates, Path templateDirectory) throws IOException {
        Path override = templateDirectory == null ? null : templateDirectory.resolve(FILE);
        if (override != null && Files.isRegularFile(override)) {
            return Files.readAllBytes(override);
        }
        return templates.html(TEMPLATE, of(Pages.navigation())).getBytes(StandardCharsets.UTF_8);
    }
}
