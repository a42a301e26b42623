package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.common.ValidationException;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicenseServiceTest {
    private TestDatabase db;
    private LicenseService licenses;
    private long product;
    private LocalDate today;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        licenses = db.services().licenses();
        product = new LicenseFixtures(db.services()).product("Figma", "Figma");
        today = db.clock().today();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, String> errorsOf(LicenseDraft d) {
        try {
            licenses.create(d);
        } catch (ValidationException e) {
            return e.byField();
        }
        throw new AssertionError("expected a validation error");
    }

    @Test
    void defaultsFollowTheSeedTable() {
        long id = licenses.create(LicenseDraft.defaults(product)).id();
        LicenseDetail d = licenses.detail(id);
        assertThat(d.seatsTotal()).isEqualTo(1);
        assertThat(d.seatType()).isEqualTo(SeatType.USER);
        assertThat(d.currency()).isEqualTo("EUR");
        assertThat(d.billingCycle()).isEqualTo(BillingCycle.ANNUAL);
        assertThat(d.renewalNoticeDays()).isEqualTo(30);
        assertThat(d.status()).isEqualTo(LicenseStatus.ACTIVE);
        assertThat(d.autoRenew()).isFalse();
        assertThat(d.createdBy()).isEqualTo("tester");
    }

    @Test
    void everyValidationMessageNamesItsField() {
        LicenseDraft base = LicenseDraft.defaults(product);
        assertThat(errorsOf(base.withSeats(0, SeatType.USER))).containsEntry("seatsTotal",
            "Seats total must be at least 1 (choose the unlimited seat type for no fixed count)");
        assertThat(errorsOf(base.withSeats(null, SeatType.DEVICE))).containsKey("seatsTotal");
        assertThat(errorsOf(base.withCurrency("EURO"))).containsEntry("currency",
            "Currency must be a three-letter ISO 4217 code, e.g. EUR");
        assertThat(errorsOf(base.withCurrency("XYZ"))).containsKey("currency");
        assertThat(errorsOf(base.withDates(null, today, today.minusDays(1), null))).containsEntry("expiryDate",
            "Expiry date cannot be before the start date");
        assertThat(errorsOf(base.withNoticeDays(-1))).containsEntry("renewalNoticeDays",
            "Renewal notice days must be between 0 and 365");
        assertThat(errorsOf(base.withNoticeDays(366))).containsKey("renewalNoticeDays");
        assertThat(errorsOf(base.withName("n".repeat(121)))).containsEntry("name",
            "License name must be at most 120 characters");
        assertThat(errorsOf(base.withReferences("p".repeat(65), "i".repeat(65))))
            .containsEntry("purchaseOrder", "Purchase order must be at most 64 characters")
            .containsEntry("invoiceNumber", "Invoice number must be at most 64 characters");
        assertThat(errorsOf(base.withCost(new BigDecimal("-1"), null))).containsEntry("costPerSeat",
            "Cost cannot be negative");
        assertThat(errorsOf(LicenseDraft.defaults(null))).containsEntry("product", "Software is required");
    }

    @Test
    void boundaryValuesAreAccepted() {
        LicenseDraft base = LicenseDraft.defaults(product);
        licenses.create(base.withNoticeDays(0));
        licenses.create(base.withNoticeDays(365));
        licenses.create(base.withDates(null, today, today, null));
        licenses.create(base.withCurrency("usd"));
        long unlimited = licenses.create(base.withSeats(0, SeatType.UNLIMITED)).id();
        assertThat(licenses.detail(unlimited).seatsTotal()).isNull();
    }

    @Test
    void perSeatTypedDerivesTheTotal() {
        long id = licenses.create(LicenseDraft.defaults(product).withSeats(12, SeatType.USER)
            .withCost(new BigDecimal("15.50"), null)).id();
        LicenseDetail d = licenses.detail(id);
        assertThat(d.costPerSeat()).isEqualByComparingTo("15.50");
        assertThat(d.totalCost()).isNull();
        assertThat(d.derivedTotal()).isEqualByComparingTo("186.00");
        assertThat(d.derivedPerSeat()).isNull();
    }

    @Test
    void typedTotalIsNeverMultipliedBySeats() {
        long id = licenses.create(LicenseDraft.defaults(product).withSeats(40, SeatType.USER)
            .withCost(null, new BigDecimal("12000")).withCycle(BillingCycle.ANNUAL)).id();
        LicenseDetail d = licenses.detail(id);
        assertThat(d.totalCost()).isEqualByComparingTo("12000");
        assertThat(d.derivedPerSeat()).isEqualByComparingTo("300.00");
        assertThat(d.annualizedCost()).isEqualByComparingTo("12000");
    }

    @Test
    void bothFiguresDisagreeingWarnsButSaves() {
        SaveResult r = licenses.create(LicenseDraft.defaults(product).withSeats(12, SeatType.USER)
            .withCost(new BigDecimal("90"), new BigDecimal("1000")));
        assertThat(r.warnings()).singleElement().asString()
            .contains("differs from 12 seats").contains("1,080.00");
        assertThat(licenses.detail(r.id()).totalCost()).isEqualByComparingTo("1000");
        assertThat(licenses.create(LicenseDraft.defaults(product).withSeats(12, SeatType.USER)
            .withCost(new BigDecimal("90"), new BigDecimal("1080.00"))).warnings()).isEmpty();
    }

    @Test
    void purchaseAfterStartOnlyWarns() {
        SaveResult r = licenses.create(LicenseDraft.defaults(product).withDates(today, today.minusDays(3), null, null));
        assertThat(r.warnings()).containsExactly("Purchase date is after the start date.");
    }

    @Test
    void annualizationPerBillingCycle() {
        BigDecimal period = new BigDecimal("100");
        assertThat(CostMath.annualized(BillingCycle.MONTHLY, period, null)).isEqualByComparingTo("1200");
        assertThat(CostMath.annualized(BillingCycle.QUARTERLY, period, null)).isEqualByComparingTo("400");
        assertThat(CostMath.annualized(BillingCycle.ANNUAL, period, null)).isEqualByComparingTo("100");
        assertThat(CostMath.annualized(BillingCycle.BIENNIAL, period, null)).isEqualByComparingTo("50");
        assertThat(CostMath.annualized(BillingCycle.ONE_TIME, period, null)).isNull();
        assertThat(CostMath.annualized(BillingCycle.CUSTOM, period, new BigDecimal("777"))).isEqualByComparingTo("777");
        assertThat(CostMath.annualized(BillingCycle.CUSTOM, period, null)).isNull();

        long monthly = licenses.create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)
            .withCost(new BigDecimal("8.25"), null).withCycle(BillingCycle.MONTHLY)).id();
        assertThat(db.services().licenseQuery().list(LicenseListRequest.all())).filteredOn(r -> r.id() == monthly)
            .singleElement().satisfies(r -> assertThat(r.annualCost()).isEqualByComparingTo("990.00"));
        assertThat(licenses.detail(monthly).annualizedCost()).isEqualByComparingTo("990.00");
    }

    @Test
    void archiveHidesAndKeepsTheRecordRestoreBringsItBack() {
        long id = licenses.create(LicenseDraft.defaults(product).withName("Org plan")).id();
        licenses.archive(id);

        assertThat(db.services().licenseQuery().list(LicenseListRequest.all())).isEmpty();
        LicenseDetail archived = licenses.detail(id);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.archivedBy()).isEqualTo("tester");
        assertThat(db.services().licenseQuery().list(LicenseListRequest.all().withArchived(true)))
            .singleElement().satisfies(r -> assertThat(r.archived()).isTrue());

        licenses.restore(id);
        assertThat(db.services().licenseQuery().list(LicenseListRequest.all())).extracting(LicenseRow::licenseName)
            .containsExactly("Org plan");
    }

    @Test
    void catalogCountsLicensesAndSeatsPerProduct() {
        licenses.create(LicenseDraft.defaults(product).withSeats(30, SeatType.USER));
        licenses.create(LicenseDraft.defaults(product).withSeats(5, SeatType.USER));
        licenses.create(LicenseDraft.defaults(product).withSeats(null, SeatType.UNLIMITED));
        long archived = licenses.create(LicenseDraft.defaults(product).withSeats(100, SeatType.USER)).id();
        licenses.archive(archived);

        assertThat(db.services().catalog().list(dev.seatledger.core.catalog.CatalogFilter.all()))
            .singleElement().satisfies(r -> {
                assertThat(r.licenseCount()).isEqualTo(3);
                assertThat(r.totalSeats()).isEqualTo(35);
            });
    }

    @Test
    void archivedProductCannotGetANewLicense() {
        db.services().products().archive(product);
        assertThatThrownBy(() -> licenses.create(LicenseDraft.defaults(product)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("archived products cannot get new licenses");
    }
}
