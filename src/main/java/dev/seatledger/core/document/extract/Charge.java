package dev.seatledger.core.document.extract;

import java.math.BigDecimal;

/**
 * One price a document states: a line item (quantity, unit price, amount), a labelled fee, or an amount in a
 * sentence. {@code unitPeriod} and {@code amountPeriod} are the periods the prices are for, when stated.
 */
record Charge(Kind kind, String description, Integer qty, BigDecimal unit, BigDecimal amount, Period unitPeriod,
              Period amountPeriod, String currency, String snippet, int line, Source source) {

    /** What a price is. SUBSCRIPTION and LICENCE (a perpetual licence) are what a license costs. */
    enum Kind { SUBSCRIPTION, LICENCE, MAINTENANCE, SERVICE, TAX, SHIPPING, DISCOUNT, NET_TOTAL, GROSS_TOTAL, TOTAL,
        CONTRACT_VALUE, OTHER }

    /** The period a recurring price covers, in months. */
    enum Period {
        MONTH(1), QUARTER(3), YEAR(12), TWO_YEARS(24);

        final int months;

        Period(int months) {
            this.months = months;
        }
    }

    /** Where the price was read: a table row, a label's value, running text. */
    enum Source { ROW, LABEL, PROSE }

    boolean recurringPrice() {
        return kind == Kind.SUBSCRIPTION || kind == Kind.LICENCE || kind == Kind.MAINTENANCE;
    }
}
