package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renewing adds a term and never changes an earlier one; adding seats records a prorated amendment (ADR 0045). */
class TermServiceTest {
    private TestDatabase db;
    private AppServices s;
    private TermService terms;
    private TermQuery query;
    private long product;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        terms = new TermService(s.tx(), db.clock(), s.operator());
        query = new TermQuery(s.tx(), db.clock());
        product = new LicenseFixtures(s).product("Jira", "Atlassian");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** 10 seats at 10.00 EUR a month, 2025-04-01 to 2026-03-31 (today is 2026-03-15), renewal date the day after. */
    private long monthlyLicense() {
        return s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10).costPerSeat(new BigDecimal("10.00"))
            .billingCycle(BillingCycle.MONTHLY).startDate(d("2025-04-01")).expiryDate(d("2026-03-31"))
            .renewalDate(d("2026-04-01")).status(LicenseStatus.PENDING_RENEWAL).purchaseOrder("PO-1").build()).id();
    }

    private LicenseDraft row(long id) {
        return s.licenses().draftOf(id);
    }

    private List<String> history(long id) {
        return s.history().of(SubjectType.LICENSE, id, 50).stream().map(h -> h.action() + ": " + h.summary()).toList();
    }

    @Test
    void aRenewalAddsTheNextTermAndTheLicenseMovesOntoItWhenItBegins() {
        long id = monthlyLicense();
        TermChange change = terms.renew(new RenewalRequest(id, null, d("2027-03-31"), 12, new BigDecimal("12.00"), null,
            "PO-2", "INV-2"));

        assertThat(change.termNo()).isEqualTo(2);
        assertThat(change.cost()).isEqualByComparingTo("1728.00");
        LicenseDraft before = row(id);
        assertThat(before.seatsTotal()).as("term 1 still holds today").isEqualTo(10);
        assertThat(before.costPerSeat()).isEqualByComparingTo("10.00");
        assertThat(before.purchaseOrder()).isEqualTo("PO-1");
        assertThat(before.expiryDate()).isEqualTo(d("2027-03-31"));
        assertThat(before.renewalDate()).as("the day after the end, as before").isEqualTo(d("2027-04-01"));
        assertThat(before.status()).isEqualTo(LicenseStatus.ACTIVE);

        db.clock().advance(Duration.ofDays(17));
        assertThat(terms.rollOver()).isEqualTo(1);
        assertThat(terms.rollOver()).as("nothing left to move").isZero();
        LicenseDraft after = row(id);
        assertThat(after.seatsTotal()).isEqualTo(12);
        assertThat(after.costPerSeat()).isEqualByComparingTo("12.00");
        assertThat(after.purchaseOrder()).isEqualTo("PO-2");
        assertThat(after.invoiceNumber()).isEqualTo("INV-2");

        PriceHistory h = query.history(id);
        assertThat(h.terms()).extracting(TermLine::termNo, TermLine::start, TermLine::end, TermLine::seats,
                TermLine::current)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, d("2025-04-01"), d("2026-03-31"), 10, false),
                org.assertj.core.groups.Tuple.tuple(2, d("2026-04-01"), d("2027-03-31"), 12, true));
        TermLine second = h.terms().get(1);
        assertThat(second.annualCost()).isEqualByComparingTo("1728.00");
        assertThat(second.yearlyPerSeat()).isEqualByComparingTo("144.00");
        assertThat(second.perSeatChangePercent()).isEqualByComparingTo("20.0");
        assertThat(second.annualChangePercent()).isEqualByComparingTo("44.0");
        assertThat(h.terms().get(0).perSeatChangePercent()).isNull();
        assertThat(history(id)).anySatisfy(e -> assertThat(e).startsWith("RENEW: Renewed as term 2")
            .contains("12 seats").contains("+20.0 % against term 1"));
    }

    @Test
    void renewingNeverChangesAnEarlierTerm() {
        long id = monthlyLicense();
        terms.renew(new RenewalRequest(id, null, d("2027-03-31"), 12, null, new BigDecimal("1500"), null, null));
        TermLine first = query.history(id).terms().get(0);
        terms.renew(new RenewalRequest(id, null, d("2028-03-31"), 20, new BigDecimal("9.00"), null, null, null));
        db.clock().advance(Duration.ofDays(400));
        terms.rollOver();
        assertThat(query.history(id).terms().get(0)).usingRecursiveComparison().ignoringFields("current").isEqualTo(first);
        assertThat(query.history(id).terms()).extracting(TermLine::termNo).containsExactly(1, 2, 3);
        assertThat(row(id).seatsTotal()).isEqualTo(20);
    }

    @Test
    void theRenewalReviewFillsTheNextTermAndIsClosedByTheRenewal() {
        long id = monthlyLicense();
        s.renewalReviews().save(id, Decision.RENEW, 8, new BigDecimal("5"), "two seats unused");
        RenewalProposal p = terms.proposal(id);
        assertThat(p.start()).isEqualTo(d("2026-04-01"));
        assertThat(p.seats()).isEqualTo(8);
        assertThat(p.perSeat()).isEqualByComparingTo("10.50");

        terms.renew(new RenewalRequest(id, null, d("2027-03-31"), null, null, null, null, null));
        TermLine next = query.history(id).terms().get(1);
        assertThat(next.seats()).isEqualTo(8);
        assertThat(next.pricePerSeat()).isEqualByComparingTo("10.50");
        assertThat(history(id)).anySatisfy(e -> assertThat(e)
            .contains("Review: Renew, target 8 seats, notes: two seats unused"));
        var agenda = s.finance().agenda("EUR", null).rows().stream().filter(r -> r.licenseId() == id).toList();
        assertThat(agenda).allSatisfy(r -> {
            assertThat(r.decisionOrUndecided()).isEqualTo(Decision.UNDECIDED);
            assertThat(r.targetSeats()).isNull();
        });
    }

    @Test
    void theProposedTermIsAsLongAsTheLastOne() {
        assertThat(terms.proposal(monthlyLicense()).end()).as("a year of monthly billing renews for a year")
            .isEqualTo(d("2027-03-31"));
        long threeYears = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5)
            .costPerSeat(new BigDecimal("300")).startDate(d("2024-03-01")).expiryDate(d("2027-02-28")).build()).id();
        RenewalProposal p = terms.proposal(threeYears);
        assertThat(p.start()).isEqualTo(d("2027-03-01"));
        assertThat(p.end()).as("whole months stay whole months, across a leap February").isEqualTo(d("2030-02-28"));
        long odd = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5)
            .costPerSeat(new BigDecimal("300")).startDate(d("2026-01-10")).expiryDate(d("2026-06-30")).build()).id();
        assertThat(terms.proposal(odd).end()).as("a term of odd length renews for as many days")
            .isEqualTo(d("2026-07-01").plusDays(171));
        long open = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5)
            .costPerSeat(new BigDecimal("300")).billingCycle(BillingCycle.BIENNIAL).expiryDate(d("2026-12-31")).build())
            .id();
        assertThat(terms.proposal(open).end()).as("no start: the cycle's length").isEqualTo(d("2028-12-31"));
    }

    @Test
    void seatsAddedMidTermCostTheirShareOfTheYearAndRaiseTheLicense() {
        long id = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).costPerSeat(new BigDecimal("120"))
            .startDate(d("2026-01-01")).expiryDate(d("2026-12-31")).build()).id();
        TermChange change = terms.addSeats(new AddSeatsRequest(id, 3, d("2026-03-15"), null, "PO-7"));
        // 3 × 120.00 × 292 / 365
        assertThat(change.cost()).isEqualByComparingTo("288.00");
        assertThat(row(id).seatsTotal()).isEqualTo(8);
        TermLine t = query.history(id).current();
        assertThat(t.seats()).as("as agreed").isEqualTo(5);
        assertThat(t.seatsWithAmendments()).isEqualTo(8);
        assertThat(t.amendments()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(d("2026-03-15"));
            assertThat(a.pricePerSeat()).isEqualByComparingTo("120");
            assertThat(a.proratedCost()).isEqualByComparingTo("288.00");
        });
        assertThat(history(id)).anySatisfy(e -> assertThat(e).startsWith("ADD_SEATS: 3 seats added from")
            .contains("prorated"));
    }

    @Test
    void aTypedTotalGrowsByTheAddedSeatsAndTheFormEditsTheTermLessItsAmendments() {
        long id = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).totalCost(new BigDecimal("600"))
            .startDate(d("2026-01-01")).expiryDate(d("2026-12-31")).build()).id();
        TermChange change = terms.addSeats(new AddSeatsRequest(id, 2, d("2026-07-01"), null, null));
        // the term's price per seat is 600 / 5 = 120: 2 × 120 × 184 / 365
        assertThat(change.cost()).isEqualByComparingTo("120.99");
        assertThat(row(id).totalCost()).isEqualByComparingTo("840");
        assertThat(row(id).seatsTotal()).isEqualTo(7);

        s.licenses().update(id, row(id).copy().seatsTotal(9).licenseKey(null).build());
        TermLine t = query.history(id).current();
        assertThat(t.seats()).isEqualTo(7);
        assertThat(t.periodTotal()).isEqualByComparingTo("600");
        assertThat(row(id).seatsTotal()).isEqualTo(9);
    }

    @Test
    void badRequestsNameTheirFieldAndChangeNothing() {
        long id = monthlyLicense();
        long unlimited = s.licenses().create(LicenseDraft.defaults(product).copy().seatType(SeatType.UNLIMITED)
            .seatsTotal(null).startDate(d("2026-01-01")).expiryDate(d("2026-12-31")).build()).id();
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(999, null, d("2027-03-31"), null, null, null, null, null))))
            .containsEntry("license", "No license with id 999");
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(id, d("2026-05-01"), d("2026-04-30"), null, null, null,
            null, null)))).containsKey("end");
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(id, d("2025-01-01"), d("2026-04-30"), null, null, null,
            null, null)))).containsKey("start");
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(id, d("2026-03-31"), d("2027-03-30"), null, null, null,
            null, null)))).as("a term overlapping the last one pays its shared days twice")
            .containsEntry("start", "The new term must start after the last term's end (Mar 31, 2026): two terms on the"
                + " same days would pay for them twice");
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(id, null, d("2027-03-31"), -1, null, null, null, null))))
            .containsKey("seats");
        assertThat(fieldOf(() -> terms.renew(new RenewalRequest(id, null, d("2027-03-31"), null, new BigDecimal("-1"),
            null, null, null)))).containsKey("perSeat");
        assertThat(fieldOf(() -> terms.addSeats(new AddSeatsRequest(id, 0, d("2026-03-20"), null, null))))
            .containsKey("seats");
        assertThat(fieldOf(() -> terms.addSeats(new AddSeatsRequest(id, 2, d("2024-03-20"), null, null))))
            .containsKey("from");
        assertThat(fieldOf(() -> terms.addSeats(new AddSeatsRequest(unlimited, 2, d("2026-03-20"), null, null))))
            .containsKey("seats");
        assertThat(query.history(id).terms()).hasSize(1);
        assertThat(row(id).seatsTotal()).isEqualTo(10);
    }

    @Test
    void seatsAreNotAddedToAnEarlierTerm() {
        long id = monthlyLicense();
        terms.renew(new RenewalRequest(id, null, d("2027-03-31"), 12, null, null, null, null));
        db.clock().advance(Duration.ofDays(30));
        terms.rollOver();
        assertThatThrownBy(() -> terms.addSeats(new AddSeatsRequest(id, 1, d("2026-03-20"), null, null)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("earlier term");
        TermChange ok = terms.addSeats(new AddSeatsRequest(id, 1, d("2026-04-20"), null, null));
        assertThat(ok.termNo()).isEqualTo(2);
    }

    private static Map<String, String> fieldOf(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.byField();
        }
        throw new AssertionError("expected a validation error");
    }
}
