package dev.seatledger.core.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable report written top to bottom with PDFBox: titles, lines and tables whose header is repeated on each new
 * page, cells cut to their column with an ellipsis. Standard Helvetica fonts (WinAnsi: other characters become '?'),
 * built per report since building them makes PDFBox look up the system fonts.
 */
public final class PdfSheet {
    /** Writing that may fail with an I/O error. */
    public interface Body {
        void write(PdfSheet sheet) throws IOException;
    }

    private static final float MARGIN = 40;
    private static final float LINE = 14;
    public static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc;
    private final PDRectangle size;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream cs;
    private float y;
    private float[] columns;
    private String[] header;

    private PdfSheet(PDDocument doc, PDRectangle size) {
        this.doc = doc;
        this.size = size;
    }

    /** Writes a document titled {@code title} to {@code out}. */
    public static void write(OutputStream out, String title, PDRectangle size, Body body) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("SeatLedger");
            PdfSheet sheet = new PdfSheet(doc, size);
            sheet.newPage();
            body.write(sheet);
            sheet.cs.close();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page (a new section of the report). */
    public void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.5f);
        y = size.getHeight() - MARGIN;
        header = null;
    }

    public void title(String s) throws IOException {
        room(3);
        text(bold, 16, 0, s);
        y -= LINE * 1.6f;
    }

    public void heading(String s) throws IOException {
        room(3);
        y -= LINE * 0.4f;
        text(bold, 12, 0, s);
        y -= LINE * 1.2f;
    }

    public void line(String s) throws IOException {
        room(1);
        text(regular, 10, 0, fit(regular, 10, s, size.getWidth() - 2 * MARGIN));
        y -= LINE;
    }

    public void strong(String s) throws IOException {
        room(1);
        text(bold, 10, 0, fit(bold, 10, s, size.getWidth() - 2 * MARGIN));
        y -= LINE;
    }

    public void gap() {
        y -= LINE * 0.6f;
    }

    /** Starts a table: column offsets from the left margin and their headings, repeated on each new page. */
    public void table(float[] offsets, String... headings) throws IOException {
        columns = offsets;
        room(3);
        header = headings;
        drawHeader();
    }

    public void row(String... cells) throws IOException {
        tableRoom();
        for (int i = 0; i < cells.length && i < columns.length; i++) {
            text(regular, 9, columns[i], fit(regular, 9, cells[i] == null ? "" : cells[i], width(i)));
        }
        y -= LINE;
    }

    /** A bold line inside a table, grouping the rows under it. */
    public void groupRow(String title) throws IOException {
        tableRoom();
        y -= 2;
        text(bold, 10, 0, fit(bold, 10, title, size.getWidth() - 2 * MARGIN));
        y -= LINE;
    }

    /** Continues the table on a new page, under its header, when no row fits on this one. */
    private void tableRoom() throws IOException {
        if (y < MARGIN + LINE * 2) {
            String[] h = header;
            float[] c = columns;
            newPage();
            columns = c;
            header = h;
            drawHeader();
        }
    }

    private void drawHeader() throws IOException {
        for (int i = 0; i < header.length; i++) {
            text(bold, 9, columns[i], fit(bold, 9, header[i], width(i)));
        }
        y -= 4;
        cs.moveTo(MARGIN, y);
        cs.lineTo(size.getWidth() - MARGIN, y);
        cs.stroke();
        y -= LINE;
    }

    /** Moves to a new page unless {@code lines} more fit on this one. */
    private void room(int lines) throws IOException {
        if (y < MARGIN + LINE * lines) {
            newPage();
        }
    }

    private float width(int i) {
        float end = i + 1 < columns.length ? columns[i + 1] : size.getWidth() - 2 * MARGIN;
        return end - columns[i] - 6;
    }

    private void text(PDType1Font font, float points, float x, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, points);
        cs.newLineAtOffset(MARGIN + x, y);
        cs.showText(encodable(font, s));
        cs.endText();
    }

    /** Cuts text to a column width with an ellipsis. */
    private static String fit(PDType1Font font, float points, String s, float width) throws IOException {
        String t = encodable(font, s);
        if (font.getStringWidth(t) / 1000 * points <= width) {
            return t;
        }
        while (!t.isEmpty() && font.getStringWidth(t + "...") / 1000 * points > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    /** The standard PDF fonts cover WinAnsi only: other characters become '?', odd spaces a plain space. */
    private static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = Character.isSpaceChar(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
