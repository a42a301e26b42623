package dev.seatledger.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The People list in name order under every filter, and the offboarding queue's seats and costs. */
class PersonQueryTest {
    private TestDatabase db;
    private AppServices s;
    private LocalDate today;

    @BeforeEach
    void open(TestInfo test) {
        db = TestDatabase.forTest(test);
        s = db.services();
        today = db.clock().today();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(PersonFilter f) {
        return s.personQuery().list(f).stream().map(PersonRow::name).toList();
    }

    @Test
    void listIsInNameOrderIgnoringCaseAndFollowsARename() {
        s.people().create(PersonDraft.of("bea Ortiz", "bea@example.com", "Sales"));
        long zed = s.people().create(PersonDraft.of("Zed Adams", "zed@example.com", "Design"));
        s.people().create(PersonDraft.of("Ada Lovelace", "ada@example.com", "Design"));
        s.people().create(PersonDraft.of("carl Gauss", "carl@example.com", "Design")
            .withStatus(PersonStatus.INACTIVE));

        assertThat(names(PersonFilter.all())).containsExactly("Ada Lovelace", "bea Ortiz", "carl Gauss", "Zed Adams");

        PersonDraft d = s.people().draftOf(zed);
        s.people().update(zed, new PersonDraft("aaron Zed", d.email(), d.department(), d.jobTitle(), d.manager(),
            d.employeeId(), d.endDate(), d.status(), d.lastSignIn()));

        assertThat(names(PersonFilter.all())).containsExactly("aaron Zed", "Ada Lovelace", "bea Ortiz", "carl Gauss");
        assertThat(names(new PersonFilter(null, "Design", null))).containsExactly("aaron Zed", "Ada Lovelace", "carl Gauss");
        assertThat(names(new PersonFilter(null, null, PersonStatus.ACTIVE)))
            .containsExactly("aaron Zed", "Ada Lovelace", "bea Ortiz");
        assertThat(names(new PersonFilter(null, "Design", PersonStatus.ACTIVE))).containsExactly("aaron Zed", "Ada Lovelace");
        assertThat(names(new PersonFilter("ZED", null, null))).containsExactly("aaron Zed");
        assertThat(s.personQuery().searchActive("a", 10)).extracting(PersonOption::name)
            .containsExactly("aaron Zed", "Ada Lovelace", "bea Ortiz");
    }

    @Test
    void countAndPagesFollowTheFilter() {
        for (String name : new String[] {"Eve", "bob", "Dan", "alice", "Carol"}) {
            s.people().create(PersonDraft.of(name, name.toLowerCase() + "@example.com", name.length() == 3 ? "Ops" : "Dev"));
        }

        assertThat(s.personQuery().count(PersonFilter.all())).isEqualTo(5);
        assertThat(s.personQuery().page(PersonFilter.all(), 1, 2)).extracting(PersonRow::name).containsExactly("bob", "Carol");
        assertThat(s.personQuery().count(new PersonFilter(null, "Ops", null))).isEqualTo(3);
        assertThat(s.personQuery().page(new PersonFilter(null, "Ops", null), 2, 10)).extracting(PersonRow::name)
            .containsExactly("Eve");
        assertThat(s.personQuery().count(new PersonFilter("AL", null, null))).isEqualTo(1);
    }

    @Test
    @dev.seatledger.testing.AboutH2
    void listReadsPeopleInNameOrderFromAnIndexUnderEachFilter() {
        assertThat(s.personQuery().listPlan(PersonFilter.all())).contains("IX_PERSON_NAME").contains("index sorted");
        assertThat(s.personQuery().listPlan(new PersonFilter("ada", null, null))).contains("index sorted");
        assertThat(s.personQuery().listPlan(new PersonFilter(null, null, PersonStatus.ACTIVE)))
            .contains("IX_PERSON_STATUS").contains("index sorted");
        assertThat(s.personQuery().listPlan(new PersonFilter(null, "Design", PersonStatus.ACTIVE)))
            .contains("IX_PERSON_DEPARTMENT").contains("index sorted");
    }

    @Test
    void offboardingQueueCountsEachLeaversSeatsAndCostsPerCurrency() {
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long eur = s.licenses().create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)
            .withCost(new BigDecimal("8"), null).withCycle(BillingCycle.MONTHLY)).id();
        long usd = s.licenses().create(LicenseDraft.defaults(product).withName("Enterprise").withSeats(10, SeatType.USER)
            .withCost(new BigDecimal("100"), null).withCycle(BillingCycle.ANNUAL).withCurrency("USD")).id();
        long one = s.people().create(PersonDraft.of("One Leaver", "one@example.com", null).withEndDate(today.plusDays(3)));
        long two = s.people().create(PersonDraft.of("Two Leaver", "two@example.com", null).withEndDate(today.plusDays(4)));
        s.people().create(PersonDraft.of("No Seats", "none@example.com", null).withEndDate(today.plusDays(5)));
        s.assignments().assign(eur, one, AssignmentDraft.EMPTY);
        s.assignments().assign(usd, one, AssignmentDraft.EMPTY);
        long revoked = s.assignments().assign(usd, two, AssignmentDraft.EMPTY);
        s.assignments().assign(eur, two, AssignmentDraft.EMPTY);
        s.assignments().revoke(revoked, dev.seatledger.core.assignment.RevokeReason.MANUAL);

        List<OffboardingRow> queue = s.personQuery().offboardingQueue();

        assertThat(queue).extracting(OffboardingRow::name).containsExactly("One Leaver", "Two Leaver", "No Seats");
        assertThat(queue).extracting(OffboardingRow::seats).containsExactly(2L, 1L, 0L);
        assertThat(queue.get(0).annualCostByCurrency()).containsOnlyKeys("EUR", "USD");
        assertThat(queue.get(0).annualCostByCurrency().get("EUR")).isEqualByComparingTo("96");
        assertThat(queue.get(0).annualCostByCurrency().get("USD")).isEqualByComparingTo("100");
        assertThat(queue.get(1).annualCostByCurrency()).containsOnlyKeys("EUR");
        assertThat(queue.get(2).annualCostByCurrency()).isEmpty();
    }
}
