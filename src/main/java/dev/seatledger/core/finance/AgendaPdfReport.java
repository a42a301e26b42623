package dev.seatledger.core.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.PdfSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * A printable renewals report (landscape A4): the total yearly cost in the base currency, what was left
 * out for want of a rate, then the agenda grouped by week with cost, auto-renew, owner and decision.
 */
public class AgendaPdfReport {
    private static final float[] COLS = {0, 70, 140, 360, 470, 530, 630, 720};

    /** The line stating the total, as the report prints it. */
    public static String totalLine(Agenda agenda) {
        return Messages.get("finance.pdf.total", agenda.base(), Money.format(agenda.totalBase(), agenda.base()));
    }

    public void write(Agenda agenda, OutputStream out) {
        PdfSheet.write(out, Messages.get("finance.pdf.title"), PdfSheet.LANDSCAPE_A4, sheet -> write(agenda, sheet));
    }

    private static void write(Agenda agenda, PdfSheet sheet) throws IOException {
        sheet.title(Messages.get("finance.pdf.title"));
        sheet.line(Messages.get("finance.pdf.subtitle", Messages.date(agenda.today()), Messages.date(agenda.until())));
        sheet.heading(totalLine(agenda));
        for (MissingRate m : agenda.missing()) {
            sheet.line(Messages.get("finance.missing.item", Money.format(m.amount(), m.currency()), m.count()));
        }
        if (!agenda.missing().isEmpty()) {
            sheet.line(Messages.get("finance.pdf.missingNote"));
        }
        sheet.gap();
        sheet.table(COLS, Messages.get("finance.col.date"), Messages.get("finance.col.kind"),
            Messages.get("finance.col.license"), Messages.get("finance.col.owner"), Messages.get("finance.col.autoRenew"),
            Messages.get("finance.col.cost"), Messages.get("finance.col.costBase"), Messages.get("finance.col.decision"));
        LocalDate week = null;
        boolean overdueShown = false;
        for (AgendaRow r : agenda.rows()) {
            if (r.overdue(agenda.today())) {
                if (!overdueShown) {
                    sheet.groupRow(Messages.get("finance.agenda.overdue"));
                    overdueShown = true;
                }
            } else if (!r.weekStart().equals(week)) {
                week = r.weekStart();
                sheet.groupRow(Messages.get("finance.agenda.week", Messages.date(week)));
            }
            sheet.row(Messages.date(r.date()),
                Messages.get("finance.kind." + r.kind().name()),
                r.displayName(),
                r.owner() == null ? "" : r.owner(),
                Messages.get(r.autoRenew() ? "license.yes" : "finance.no"),
                r.cost() == null ? "" : Money.format(r.cost(), r.currency()),
                r.costBase() == null ? (r.cost() == null ? "" : Messages.get("finance.noRate"))
                    : Money.format(r.costBase(), agenda.base()),
                Messages.get("finance.decision." + r.decisionOrUndecided().name()));
        }
        if (agenda.rows().isEmpty()) {
            sheet.line(Messages.get("finance.agenda.empty"));
        }
    }
}
