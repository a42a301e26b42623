package dev.seatledger.core.license;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import java.time.LocalDate;

/** Small helpers to set up licenses in tests. */
final class LicenseFixtures {
    private final AppServices s;
    private int products;

    LicenseFixtures(AppServices s) {
        this.s = s;
    }

    long product(String name, String publisher) {
        products++;
        return s.products().create(ProductDraft.of(name, publisher, null));
    }

    long license(long productId, int total, int used, LocalDate expiry) {
        return license(productId, total, used, expiry, SeatType.USER, LicenseStatus.ACTIVE);
    }

    long license(long productId, int total, int used, LocalDate expiry, SeatType type, LicenseStatus status) {
        long id = s.licenses().create(LicenseDraft.defaults(productId)
            .withSeats(type == SeatType.UNLIMITED ? null : total, type)
            .withDates(null, null, expiry, null)
            .withStatus(status)).id();
        setUsed(id, used);
        return id;
    }

    void setUsed(long licenseId, int used) {
        s.tx().run(session -> session.find(License.class, licenseId).setSeatsUsed(used));
    }
}
