package dev.seatledger.core.utilization;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Ninety seats on three licenses, dormant for every reason and not, across departments, for paging tests. */
final class DormantSeatsFixture {
    static final String[] DEPARTMENTS = {"Sales", "Engineering", null, "Finance"};

    record Products(long slack, long figma) {
    }

    private DormantSeatsFixture() {
    }

    static Products fill(TestDatabase db) {

        AppServices s = db.services();
        LocalDate today = db.clock().today();
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long figma = s.products().create(ProductDraft.of("Figma", "Figma Inc.", null));
        long[] licenses = {
            s.licenses().create(LicenseDraft.defaults(slack).withSeats(100, SeatType.USER)
                .withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id(),
            s.licenses().create(LicenseDraft.defaults(figma).withSeats(100, SeatType.USER)
                .withCost(new BigDecimal("300"), null).withCycle(BillingCycle.ANNUAL)).id(),
            s.licenses().create(LicenseDraft.defaults(slack).withSeats(null, SeatType.UNLIMITED)
                .withCost(null, new BigDecimal("9000"))).id()};
        for (int i = 0; i < 45; i++) {
            // sign-ins: recent (not dormant by proxy), old, or never; some holders inactive
            LocalDate signIn = i % 5 == 0 ? today.minusDays(3) : i % 5 == 1 ? null : today.minusDays(100 + i);
            long p = s.people().create(PersonDraft.of(String.format(Locale.ROOT, "Holder %02d", (i * 17) % 45),
                "h" + i + "@example.com", DEPARTMENTS[i % DEPARTMENTS.length]).withLastSignIn(signIn));
            s.assignments().assign(licenses[i % licenses.length], p, AssignmentDraft.EMPTY);
            s.assignments().assign(licenses[(i + 1) % licenses.length], p, AssignmentDraft.EMPTY);
            if (i % 7 == 3) {
                s.people().update(p, s.people().draftOf(p).withStatus(PersonStatus.INACTIVE));
            }
        }
        db.assignSeatsDaysAgo(200);
        s.tx().run(session -> {
            // a third of the seats have telemetry: used recently, long ago, or never
            session.createNativeMutationQuery("update assignment set has_telemetry = true,"
                + " last_used_at = case when mod(id, 2) = 0 then null else cast(:old as date) end where mod(id, 3) = 0")
                .setParameter("old", java.sql.Date.valueOf(today.minusDays(150))).executeUpdate();
            session.createNativeMutationQuery("update assignment set has_telemetry = true, last_used_at = :recent"
                + " where mod(id, 9) = 1").setParameter("recent", java.sql.Date.valueOf(today.minusDays(5))).executeUpdate();
        });
        return new Products(slack, figma);
    }
}
