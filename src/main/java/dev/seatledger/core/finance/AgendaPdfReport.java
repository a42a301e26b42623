package dev.seatledger.core.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable renewals report (landscape A4): the total yearly cost in the base currency, what was left
 * out for want of a rate, then the agenda grouped by week with cost, auto-renew, owner and decision.
 */
public class AgendaPdfReport {
    private static final float MARGIN = 40;
    private static final float LINE = 14;
    private static final float[] COLS = {0, 70, 140, 360, 470, 530, 630, 720};


    /** The line stating the total, as the report prints it. */
    public static String totalLine(Agenda agenda) {
        return Messages.get("finance.pdf.total", agenda.base(), Money.format(agenda.totalBase(), agenda.base()));
    }

    public void write(Agenda agenda, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Messages.get("finance.pdf.title"));
            info.setCreator("SeatLedger");
            new Writer(doc).write(agenda);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Writer {
        private final PDDocument doc;
        /** Created per report: building a standard font makes PDFBox look up system fonts, which is slow. */
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        void write(Agenda agenda) throws IOException {
            newPage();
            text(bold, 16, 0, Messages.get("finance.pdf.title"));
            y -= LINE * 1.6f;
            text(regular, 10, 0, Messages.get("finance.pdf.subtitle", Messages.date(agenda.today()),
                Messages.date(agenda.until())));
            y -= LINE * 1.4f;
            text(bold, 12, 0, totalLine(agenda));
            y -= LINE * 1.2f;
            for (MissingRate m : agenda.missing()) {
                text(regular, 10, 0, Messages.get("finance.missing.item", Money.format(m.amount(), m.currency()),
                    m.count()));
                y -= LINE;
            }
            if (!agenda.missing().isEmpty()) {
                text(regular, 10, 0, Messages.get("finance.pdf.missingNote"));
                y -= LINE;
            }
            y -= LINE * 0.6f;
            header();
            LocalDate week = null;
            boolean overdueShown = false;
            for (AgendaRow r : agenda.rows()) {
                if (y < MARGIN + LINE * 2) {
                    newPage();
                    header();
                }
                if (r.overdue(agenda.today())) {
                    if (!overdueShown) {
                        group(Messages.get("finance.agenda.overdue"));
                        overdueShown = true;
                    }
                } else if (!r.weekStart().equals(week)) {
                    week = r.weekStart();
                    group(Messages.get("finance.agenda.week", Messages.date(week)));
                }
                row(r, agenda);
            }
            if (agenda.rows().isEmpty()) {
                text(regular, 10, 0, Messages.get("finance.agenda.empty"));
            }
            cs.close();
        }

        private void header() throws IOException {
            List<String> h = List.of(Messages.get("finance.col.date"), Messages.get("finance.col.kind"),
                Messages.get("finance.col.license"), Messages.get("finance.col.owner"),
                Messages.get("finance.col.autoRenew"), Messages.get("finance.col.cost"),
                Messages.get("finance.col.costBase"), Messages.get("finance.col.decision"));
            for (int i = 0; i < h.size(); i++) {
                text(bold, 9, COLS[i], fit(bold, 9, h.get(i), width(i)));
            }
            y -= 4;
            cs.moveTo(MARGIN, y);
            cs.lineTo(size.getWidth() - MARGIN, y);
            cs.stroke();
            y -= LINE;
        }

        private void group(String title) throws IOException {
            y -= 2;
            text(bold, 10, 0, title);
            y -= LINE;
        }

        private void row(AgendaRow r, Agenda agenda) throws IOException {
            String[] cells = {
                Messages.date(r.date()),
                Messages.get("finance.kind." + r.kind().name()),
                r.displayName(),
                r.owner() == null ? "" : r.owner(),
                Messages.get(r.autoRenew() ? "license.yes" : "finance.no"),
                r.cost() == null ? "" : Money.format(r.cost(), r.currency()),
                r.costBase() == null ? (r.cost() == null ? "" : Messages.get("finance.noRate"))
                    : Money.format(r.costBase(), agenda.base()),
                Messages.get("finance.decision." + r.decisionOrUndecided().name())
            };
            for (int i = 0; i < cells.length; i++) {
                text(regular, 9, COLS[i], fit(regular, 9, cells[i], width(i)));
            }
            y -= LINE;
        }

        private float width(int i) {
            float end = i + 1 < COLS.length ? COLS[i + 1] : size.getWidth() - 2 * MARGIN;
            return end - COLS[i] - 6;
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN;
        }

        private void text(PDType1Font font, float points, float x, String s) throws IOException {
            cs.beginText();
            cs.setFont(font, points);
            cs.newLineAtOffset(MARGIN + x, y);
            cs.showText(encodable(font, s));
            cs.endText();
        }
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
