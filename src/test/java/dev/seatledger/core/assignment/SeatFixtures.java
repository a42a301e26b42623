package dev.seatledger.core.assignment;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import java.util.ArrayList;
import java.util.List;

/** Products, licenses and people for seat tests. */
final class SeatFixtures {
    private final AppServices s;
    private final long product;
    private int people;

    SeatFixtures(AppServices s) {
        this.s = s;
        this.product = s.products().create(ProductDraft.of("Microsoft 365", "Microsoft", "Productivity"));
    }

    long license(int seats) {
        return s.licenses().create(LicenseDraft.defaults(product).withSeats(seats, SeatType.USER)).id();
    }

    long unlimited() {
        return s.licenses().create(LicenseDraft.defaults(product).withSeats(null, SeatType.UNLIMITED)).id();
    }

    long person(String name) {
        people++;
        return s.people().create(PersonDraft.of(name, name.toLowerCase().replace(' ', '.') + people + "@example.com",
            "Engineering"));
    }

    List<Long> people(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(person("Person " + i));
        }
        return ids;
    }
}
