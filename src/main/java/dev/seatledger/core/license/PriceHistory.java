package dev.seatledger.core.license;

import java.util.List;

/** A license's terms in sequence with their prices and amendments. */
public record PriceHistory(long licenseId, SeatType seatType, List<TermLine> terms) {

    /** The current term (see {@link CurrentTerm}). */
    public TermLine current() {
        return terms.stream().filter(TermLine::current).findFirst().orElse(null);
    }
}
