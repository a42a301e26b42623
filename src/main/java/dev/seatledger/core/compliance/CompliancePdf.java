package dev.seatledger.core.compliance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.PdfSheet;
import dev.seatledger.core.finance.MissingRate;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The compliance position as a printable report (landscape A4): totals of exposure and shelfware in the base currency,
 * what was left out for want of a rate, then one row per product and seat type, the rows shown apart last.
 */
public class CompliancePdf {
    private static final float[] COLS = {0, 190, 260, 320, 380, 440, 500, 560, 640, 700};

    public void write(CompliancePosition p, OutputStream out) {
        PdfSheet.write(out, Messages.get("compliance.pdf.title"), PdfSheet.LANDSCAPE_A4, sheet -> write(p, sheet));
    }

    private static void write(CompliancePosition p, PdfSheet sheet) throws IOException {
        sheet.title(Messages.get("compliance.pdf.title"));
        sheet.line(Messages.get("compliance.pdf.subtitle", Messages.date(p.today()), Messages.date(p.cutoff()),
            p.baseCurrency()));
        sheet.heading(Messages.get("compliance.pdf.totals", Money.format(p.exposure(), p.baseCurrency()),
            Money.format(p.shelfware(), p.baseCurrency())));
        for (MissingRate m : p.missing()) {
            sheet.line(Messages.get("finance.missing.item", Money.format(m.amount(), m.currency()), m.count()));
        }
        sheet.gap();
        sheet.table(COLS, Messages.get("compliance.col.product"), Messages.get("compliance.col.seatType"),
            Messages.get("compliance.col.entitled"), Messages.get("compliance.col.assigned"),
            Messages.get("compliance.col.installed"), Messages.get("compliance.col.active"),
            Messages.get("compliance.col.shortfall"), Messages.get("compliance.col.exposure"),
            Messages.get("compliance.col.surplus"), Messages.get("compliance.col.shelfware"));
        boolean apart = false;
        for (ComplianceRow r : p.rows()) {
            if (r.apart() && !apart) {
                sheet.groupRow(Messages.get("compliance.apart"));
                apart = true;
            }
            sheet.row(r.product(), ComplianceText.seatType(r.seatType()), ComplianceText.count(r.entitled()),
                String.valueOf(r.assigned()), String.valueOf(r.installed()), String.valueOf(r.active()),
                ComplianceText.count(r.shortfall()), ComplianceText.money(r.exposure(), p.baseCurrency()),
                ComplianceText.count(r.surplus()), ComplianceText.money(r.shelfware(), p.baseCurrency()));
        }
        if (p.rows().isEmpty()) {
            sheet.line(Messages.get("compliance.empty"));
        }
    }
}
