package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import java.math.BigDecimal;

/** The words of the history entries a renewal and an amendment write. */
final class TermText {
    private TermText() {
    }

    /** "1 Apr 2026 – 31 Mar 2027", an open side shown as a dash. */
    static String span(TermFigures f) {
        return Messages.get("term.span", f.start() == null ? "—" : Messages.date(f.start()),
            f.end() == null ? "—" : Messages.date(f.end()));
    }

    static String renewed(TermFigures next, TermFigures previous, SeatType type, String review) {
        String seats = next.seats() == null ? Messages.get("term.history.unlimited")
            : Messages.get("term.history.seats", next.seats());
        StringBuilder sb = new StringBuilder(Messages.get("term.history.renewed", next.termNo(), span(next), seats,
            money(next.annualized(type), next.currency())));
        BigDecimal perSeat = next.yearlyPerSeat(type);
        if (perSeat != null) {
            sb.append(Messages.get("term.history.perSeat", money(perSeat, next.currency())));
            BigDecimal change = PriceChange.percent(previous.yearlyPerSeat(type), perSeat, previous.currency(),
                next.currency());
            if (change != null) {
                sb.append(Messages.get("term.history.change", PriceChange.signed(change), previous.termNo()));
            }
        }
        if (review != null) {
            sb.append(Messages.get("term.history.separator")).append(review);
        }
        return sb.toString();
    }

    static String amended(Amendment a, TermFigures term) {
        return Messages.get("term.history.amended", a.seats(), Messages.date(a.from()), term.termNo(), span(term),
            money(a.pricePerSeat(), a.currency()), money(a.proratedCost(), a.currency()));
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "—" : Money.format(amount, currency);
    }
}
