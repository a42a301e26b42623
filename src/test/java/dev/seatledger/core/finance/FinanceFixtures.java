package dev.seatledger.core.finance;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Licenses with costs and dates for finance tests. */
final class FinanceFixtures {
    private final AppServices s;
    private int n;

    FinanceFixtures(AppServices s) {
        this.s = s;
    }

    long product(String name, String publisher, String category) {
        return s.products().create(ProductDraft.of(name, publisher, category));
    }

    LicenseDraft draft(long product, String total, String currency, BillingCycle cycle) {
        n++;
        return LicenseDraft.defaults(product).withName("L" + n).withSeats(10, SeatType.USER)
            .withCost(null, new BigDecimal(total)).withCurrency(currency).withCycle(cycle);
    }

    long create(LicenseDraft d) {
        return s.licenses().create(d).id();
    }

    long dated(long product, LicenseStatus status, LocalDate expiry, LocalDate renewal) {
        return create(draft(product, "100.00", "EUR", BillingCycle.ANNUAL).withStatus(status)
            .withDates(null, null, expiry, renewal));
    }
}
