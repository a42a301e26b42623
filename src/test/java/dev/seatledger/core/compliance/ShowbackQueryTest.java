package dev.seatledger.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.license.License;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Showback against a hand calculation (see {@link PositionFixture}), plus Notion: 5 seats at 20 EUR, 3 recorded as
 * used but none assigned. Per seat: Figma EUR 120, Figma USD 600 × 0.90 / 5 = 108, Jamf 50, Zoom 200 / 2 = 100,
 * Slack 1000 / 2 holders = 500, Notion 20; Miro has no GBP rate and is left out.
 */
class ShowbackQueryTest {
    private TestDatabase db;
    private PositionFixture f;
    private ShowbackQuery query;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        f = new PositionFixture(db).build();
        long notion = f.license(f.product("Notion"), SeatType.USER, 5, "20", null, "EUR");
        f.s.tx().run(session -> session.find(License.class, notion).setSeatsUsed(3));
        query = new ShowbackQuery(f.s.tx(), f.s.finance()::rates);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String line(Showback.ShowbackLine l) {
        return (l.name() == null ? "-" : l.name()) + " " + l.seats() + " " + l.yearlyCost().toPlainString();
    }

    @Test
    void eachHeldSeatsCostGoesToItsHoldersDepartmentAndTheRestIsUnallocated() {
        Showback b = query.showback("EUR", ShowbackGrouping.DEPARTMENT);
        assertThat(b.lines()).extracting(ShowbackQueryTest::line).containsExactly(
            "Design 7 1220.00", "Marketing 6 696.00", "Sales 2 600.00", "- 3 324.00", "IT 3 150.00");
        assertThat(line(b.unallocated())).as("Zoom's free seat and Notion's five").isEqualTo("- 6 200.00");
        assertThat(b.runRate()).isEqualByComparingTo("3190.00");
        assertThat(b.licenses()).as("Miro left out").isEqualTo(6);
        assertThat(b.rates()).containsOnlyKeys("USD");
        assertThat(b.rates().get("USD")).isEqualByComparingTo("0.90");
        assertThat(b.missing()).singleElement().satisfies(m -> {
            assertThat(m.currency()).isEqualTo("GBP");
            assertThat(m.amount()).isEqualByComparingTo("160.00");
            assertThat(m.count()).isEqualTo(1);
        });
    }

    @Test
    void departmentsPlusUnallocatedAddUpToTheSpendDashboardsRunRate() {
        Showback b = query.showback("EUR", ShowbackGrouping.DEPARTMENT);
        BigDecimal sum = b.lines().stream().map(Showback.ShowbackLine::yearlyCost).reduce(BigDecimal.ZERO, BigDecimal::add)
            .add(b.unallocated().yearlyCost());
        assertThat(sum).isEqualByComparingTo(b.runRate());
        assertThat(b.runRate()).isEqualByComparingTo(f.s.finance().dashboard("EUR").runRate());
    }

    @Test
    void costCentresComeFromTheHolders() {
        Showback b = query.showback("EUR", ShowbackGrouping.COST_CENTRE);
        assertThat(b.lines()).extracting(ShowbackQueryTest::line)
            .containsExactly("- 11 1620.00", "CC-100 7 1220.00", "CC-200 3 150.00");
        assertThat(b.unallocated().yearlyCost()).isEqualByComparingTo("200.00");
    }
}
