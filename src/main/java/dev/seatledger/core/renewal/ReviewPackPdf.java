package dev.seatledger.core.renewal;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.PdfSheet;
import dev.seatledger.core.finance.MissingRate;
import dev.seatledger.core.license.Amendment;
import dev.seatledger.core.license.TermLine;
import dev.seatledger.core.utilization.DormantSeat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The renewal review pack as a PDF (landscape A4): a summary page with the totals in the base currency and one line per
 * license, then a page per license with its terms and price history, seats, dormant seats with their evidence, the
 * suggested seat count and the review's decision and notes.
 */
public class ReviewPackPdf {
    private static final float[] SUMMARY = {0, 230, 300, 360, 420, 480, 540, 610, 690};
    private static final float[] TERMS = {0, 70, 150, 230, 280, 370, 460, 550, 620};
    private static final float[] DORMANT = {0, 150, 320, 430, 540, 640};

    public void write(ReviewPack pack, OutputStream out) {
        PdfSheet.write(out, Messages.get("review.pdf.title"), PdfSheet.LANDSCAPE_A4, sheet -> {
            summary(pack, sheet);
            for (ReviewItem item : pack.items()) {
                sheet.newPage();
                item(pack, item, sheet);
            }
        });
    }

    private static void summary(ReviewPack pack, PdfSheet sheet) throws IOException {
        ReviewText t = new ReviewText(pack.baseCurrency());
        sheet.title(Messages.get("review.pdf.title"));
        sheet.line(pack.single() ? Messages.get("review.pdf.one", Messages.date(pack.today()))
            : Messages.get("review.pdf.window", Messages.date(pack.today()), Messages.date(pack.until())));
        sheet.heading(Messages.get("review.pdf.totals", pack.items().size(), t.base(pack.yearlyBase()),
            t.base(pack.dormantYearlyBase())));
        for (MissingRate m : pack.missing()) {
            sheet.line(Messages.get("finance.missing.item", t.money(m.amount(), m.currency()), m.count()));
        }
        if (pack.items().isEmpty()) {
            sheet.line(Messages.get("review.pdf.none"));
            return;
        }
        sheet.gap();
        sheet.table(SUMMARY, Messages.get("review.col.license"), Messages.get("review.col.renews"),
            Messages.get("review.col.bought"), Messages.get("review.col.assigned"), Messages.get("review.col.active"),
            Messages.get("review.col.dormant"), Messages.get("review.col.suggested"), Messages.get("review.col.decision"),
            Messages.get("review.col.yearlyBase"));
        for (ReviewItem i : pack.items()) {
            sheet.row(i.displayName(), t.date(i.renewal() != null ? i.renewal() : i.expiry()), t.count(i.seatsBought()),
                String.valueOf(i.assigned()), String.valueOf(i.active()), String.valueOf(i.dormantCount()),
                t.count(i.suggestedSeats()), Messages.get("finance.decision." + i.decision().name()),
                i.yearly() == null ? "\u2014" : i.yearlyBase() == null ? Messages.get("finance.noRate") : t.base(i.yearlyBase()));
        }
    }

    private static void item(ReviewPack pack, ReviewItem i, PdfSheet sheet) throws IOException {
        ReviewText t = new ReviewText(pack.baseCurrency());
        sheet.title(i.displayName());
        sheet.line(Messages.get("review.pdf.about", t.text(i.owner()), t.text(i.vendor()),
            Messages.get("license.status." + i.status().name()), Messages.get("license.seatType." + i.seatType().name()),
            t.date(i.expiry()), t.date(i.renewal())));
        sheet.heading(Messages.get("review.pdf.terms"));
        sheet.table(TERMS, Messages.get("review.col.term"), Messages.get("review.col.from"), Messages.get("review.col.to"),
            Messages.get("review.col.seats"), Messages.get("review.col.perSeat"), Messages.get("review.col.perYear"),
            Messages.get("review.col.perSeatYear"), Messages.get("review.col.change"), Messages.get("review.col.refs"));
        for (TermLine l : i.history().terms()) {
            sheet.row(l.current() ? Messages.get("review.pdf.currentTerm", l.termNo()) : String.valueOf(l.termNo()),
                t.date(l.start()), t.date(l.end()), t.count(l.seats()), t.money(l.pricePerSeat(), l.currency()),
                t.money(l.annualCost(), l.currency()), t.money(l.yearlyPerSeat(), l.currency()),
                t.change(l.perSeatChangePercent()), t.refs(l.purchaseOrder(), l.invoiceNumber()));
            for (Amendment a : l.amendments()) {
                sheet.row("", t.date(a.from()), "", "+" + a.seats(), t.money(a.pricePerSeat(), a.currency()),
                    Messages.get("review.pdf.prorated", t.money(a.proratedCost(), a.currency())));
            }
        }
        sheet.heading(Messages.get("review.pdf.seats"));
        sheet.strong(Messages.get("review.pdf.seatCounts", t.count(i.seatsBought()), i.assigned(), i.active(),
            i.dormantCount(), t.count(i.suggestedSeats())));
        sheet.line(Messages.get("review.pdf.cost", t.money(i.yearly(), i.currency()), t.inBase(i.yearlyBase(), i.yearly()),
            t.money(i.dormantYearly(), i.currency()), t.inBase(i.dormantYearlyBase(), i.dormantYearly())));
        sheet.heading(Messages.get("review.pdf.review"));
        sheet.line(Messages.get("review.pdf.decision", Messages.get("finance.decision." + i.decision().name()),
            t.count(i.targetSeats()), t.change(i.priceChangePercent())));
        sheet.line(Messages.get("review.pdf.notes", t.text(i.notes())));
        if (!i.dormant().isEmpty()) {
            sheet.heading(Messages.get("review.pdf.dormant"));
            sheet.table(DORMANT, Messages.get("review.col.holder"), Messages.get("review.col.email"),
                Messages.get("review.col.department"), Messages.get("review.col.evidence"),
                Messages.get("review.col.lastActivity"), Messages.get("review.col.costYear"));
            for (DormantSeat d : i.dormant()) {
                sheet.row(d.holder(), d.email(), t.text(d.department()), Messages.get("util.signal." + d.signal().name()),
                    d.lastActivity() == null ? Messages.get("review.pdf.never") : t.date(d.lastActivity()),
                    t.money(d.annualCost(), d.currency()));
            }
            if (i.dormantCount() > i.dormant().size()) {
                sheet.line(Messages.get("review.pdf.moreDormant", i.dormantCount() - i.dormant().size()));
            }
        }
    }
}
