package io.github.aimsplugin.maven.mojo;

import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** The few Doxia elements the "AIMS compliance" page is made of: a titled section of paragraphs, links and tables. */
final class ReportPage {

    private final Sink sink;

    ReportPage(Sink sink, String title) {
        this.sink = sink;
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
    }

    void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    void link(String href, String text) {
        sink.paragraph();
        sink.link(href);
        sink.text(text);
        sink.link_();
        sink.paragraph_();
    }

    void table(List<String> headers, List<List<String>> rows) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        headers.forEach(header -> {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        });
        sink.tableRow_();
        for (List<String> row : rows) {
            sink.tableRow();
            row.forEach(cell -> {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            });
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    void close() {
        sink.section1_();
        sink.body_();
    }
}
