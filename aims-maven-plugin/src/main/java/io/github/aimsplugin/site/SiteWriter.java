package io.github.aimsplugin.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the AsciiDoc sources of every page under {@code adoc/}, with the docinfo files, and the static assets
 * (CSS, JavaScript) beside the HTML. No Asciidoctor here: the sources stand on their own and the PDF pack reuses them.
 */
public final class SiteWriter {

    /** The pages every site has ({@link Pages}), in the order they are written. */
    public static final List<String> OVERVIEW_PAGES = Pages.everySite();
    private static final List<String> STATIC_FILES = List.of("css/aims.css", "js/aims.js");
    private static final List<String> DOCINFO = List.of("docinfo-footer.html");

    /** Every built-in resource a site is made of, for the fingerprint. */
    public static List<String> builtInResources() {
        List<String> resources = new ArrayList<>();
        for (String template : Pages.templates()) {
            resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + template + ".adoc.mustache");
        }
        for (String partial : Pages.PARTIALS) {
            resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + partial + ".mustache");
        }
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + SiteTemplates.PAGE_TEMPLATE);
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/audit-pack.adoc.mustache");
        resources.add("aims/site/pdf/" + AuditPack.THEME);
        resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + Navigation.TEMPLATE);
        DOCINFO.forEach(docinfo -> resources.add(SiteTemplates.CLASSPATH_ROOT + "/" + docinfo));
        STATIC_FILES.forEach(file -> resources.add("aims/site/static/" + file));
        return resources;
    }

    private final SiteTemplates templates;
    private final Path templateDirectory;
    private SiteLinks links = new SiteLinks();
    private SiteFiles files;
    private int pagesWritten;

    public SiteWriter(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
        this.templates = new SiteTemplates(templateDirectory);
    }

    /** Writes the sources and assets; returns the AsciiDoc files, in a stable order. */
    public List<Path> write(SiteInput input, Path siteDirectory) throws IOException {
        return write(input, SiteFiles.open(siteDirectory));
    }

    /** Writes the sources and assets, each only if its bytes changed; returns the AsciiDoc files, in a stable order. */
    List<Path> write(SiteInput input, SiteFiles siteFiles) throws IOException {
        this.files = siteFiles;
        Path siteDirectory = siteFiles.site();
        Path adoc = siteDirectory.resolve("adoc");
        links = new SiteLinks();
        pagesWritten = 0;
        PageViews views = PageViews.of(input, links, templates);
        List<Path> files = new ArrayList<>();
        for (SitePage page : Pages.SITE) {
            if (page.writtenFor(input)) {
                files.add(writePage(adoc, page.name(), page.name(), page.viewOf(views)));
            }
        }
        for (RecordPage<?> page : Pages.RECORDS) {
            writeRecordPages(adoc, page, views, input, files);
        }
        siteFiles.write(adoc.resolve(Navigation.FILE), Navigation.bytes(templates, templateDirectory));
        for (String docinfo : DOCINFO) {
            copy("templates/" + docinfo, templateDirectory == null ? null : templateDirectory.resolve(docinfo),
                    adoc.resolve(docinfo));
        }
        BuildEvidence.copyAll(input.model(), siteFiles);
        for (String asset : STATIC_FILES) {
            copy("static/" + asset, null, siteDirectory.resolve(asset));
        }
        return files;
    }

    /** One page per record of the page's kind, named after the record's id. */
    private <R extends io.github.aimsplugin.schema.model.AimsRecord> void writeRecordPages(Path adoc,
            RecordPage<R> page, PageViews views, SiteInput input, List<Path> files) throws IOException {
        for (R record : input.model().all(page.kind())) {
            files.add(writePage(adoc, pageName(links.page(page.prefix(), record.id())), page.template(),
                    page.make().apply(views, record)));
        }
    }

    /** The page names the last {@link #write} gave the records, for documents that include its pages. */
    SiteLinks links() {
        return links;
    }

    SiteTemplates templates() {
        return templates;
    }

    /** How many page sources the last {@link #write} wrote: those whose bytes changed. */
    int pagesWritten() {
        return pagesWritten;
    }

    /** The files of the site the last {@link #write} wrote, for documents written beside its pages. */
    SiteFiles files() {
        return files;
    }

    private Path writePage(Path adoc, String name, String template, Object view) throws IOException {
        int before = files.written();
        Path file = files.write(adoc.resolve(name + ".adoc"), templates.render(template, view));
        pagesWritten += files.written() - before;
        return file;
    }

    private static String pageName(String html) {
        return html.substring(0, html.length() - ".html".length());
    }

    private void copy(String resource, Path override, Path target) throws IOException {
        files.write(target, bytes(resource, override));
    }

    /** A file of the site-template jar, or the user's file that replaces it. */
    static byte[] bytes(String resource, Path override) throws IOException {
        if (override != null && Files.isRegularFile(override)) {
            return Files.readAllBytes(override);
        }
        try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream("aims/site/" + resource)) {
            if (in == null) {
                throw new IOException("missing from the site-template jar: aims/site/" + resource);
            }
            return in.readAllBytes();
        }
    }
}
