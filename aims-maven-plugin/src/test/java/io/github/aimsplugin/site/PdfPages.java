package io.github.aimsplugin.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader sees on the pages of a PDF, read with PDFBox: lines of text with their style, filled shapes, the outline. */
final class PdfPages {

    /** A run of text on one line of a page, with the size and weight of its first character. */
    record Line(String text, float size, boolean bold, float y) {

        /** A section or chapter heading of the pack's theme: bold and larger than the body text (9.5 pt). */
        boolean heading() {
            return bold && size >= 10.5f;
        }
    }

    /** An outline entry, its depth (0 for chapters) and the 0-based page it opens. */
    record Entry(String title, int depth, int page) {}

    private PdfPages() {}

    /** The lines of each page, top to bottom. */
    static List<List<Line>> lines(PDDocument pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank() && !positions.isEmpty()) {
                        TextPosition first = positions.get(0);
                        String font = first.getFont().getName() == null ? "" : first.getFont().getName();
                        lines.add(new Line(text.strip(), first.getFontSizeInPt(), font.contains("Bold"),
                                first.getYDirAdj()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(pdf);
            pages.add(lines);
        }
        return pages;
    }

    /** The text of each page. */
    static List<String> texts(PDDocument pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            texts.add(stripper.getText(pdf));
        }
        return texts;
    }

    /** Every outline entry, depth first. */
    static List<Entry> outline(PDDocument pdf) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            collect(pdf, pdf.getDocumentCatalog().getDocumentOutline(), 0, entries);
        }
        return entries;
    }

    private static void collect(PDDocument pdf, PDOutlineNode node, int depth, List<Entry> entries)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(pdf);
            entries.add(new Entry(item.getTitle(), depth, page == null ? -1 : pdf.getPages().indexOf(page)));
            collect(pdf, item, depth + 1, entries);
        }
    }

    /** How many shapes a page fills with a colour within 2/255 of {@code rgb} (hex, as the criteria write it). */
    static int filledWith(PDDocument pdf, int page, String rgb) throws IOException {
        int r = Integer.parseInt(rgb.substring(1, 3), 16);
        int g = Integer.parseInt(rgb.substring(3, 5), 16);
        int b = Integer.parseInt(rgb.substring(5, 7), 16);
        int[] count = {0};
        PDPage pdPage = pdf.getPage(page);
        new PDFGraphicsStreamEngine(pdPage) {
            @Override
            public void fillPath(int windingRule) throws IOException {
                float[] c = getGraphicsState().getNonStrokingColor().getComponents();
                if (c.length == 3 && near(c[0], r) && near(c[1], g) && near(c[2], b)) {
                    count[0]++;
                }
            }

            private boolean near(float component, int value) {
                return Math.abs(component * 255 - value) <= 2;
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                    java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {}
            @Override public void drawImage(PDImage pdImage) {}
            @Override public void clip(int windingRule) {}
            @Override public void moveTo(float x, float y) {}
            @Override public void lineTo(float x, float y) {}
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
            @Override public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float();
            }
            @Override public void closePath() {}
            @Override public void endPath() {}
            @Override public void strokePath() {}
            @Override public void shadingFill(COSName shadingName) {}
        }.processPage(pdPage);
        return count[0];
    }
}
