package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.license.TermService;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Renew… and Add seats… forms without a toolkit: what they propose, what they refuse and where, what they save. */
class TermDialogViewModelsTest {
    private TestDatabase db;
    private AppServices s;
    private TermService terms;
    private long product;
    private final List<TermChange> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        terms = new TermService(s.tx(), db.clock(), s.operator());
        product = s.products().create(ProductDraft.of("Jira", "Atlassian", null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** 10 seats at 120.00 EUR a year, 2025-04-01 to 2026-03-31 (today is 2026-03-15). */
    private long annualLicense() {
        return s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10).costPerSeat(new BigDecimal("120.00"))
            .billingCycle(BillingCycle.ANNUAL).startDate(d("2025-04-01")).expiryDate(d("2026-03-31"))
            .renewalDate(d("2026-04-01")).status(LicenseStatus.PENDING_RENEWAL).build()).id();
    }

    private int termCount(long id) {
        return new TermQuery(s.tx(), db.clock()).history(id).terms().size();
    }

    private RenewDialogViewModel renewForm(long id) {
        RenewDialogViewModel vm = new RenewDialogViewModel(terms, new CurrentThreadTaskExecutor(), id);
        vm.load();
        return vm;
    }

    @Test
    void renewIsFilledFromTheReviewsTargetSeatsAndPriceChange() {
        long id = annualLicense();
        s.renewalReviews().save(id, Decision.RENEW, 12, new BigDecimal("5"), "Grow the team");

        RenewDialogViewModel vm = renewForm(id);

        assertThat(vm.startProperty().get()).isEqualTo(d("2026-04-01"));
        assertThat(vm.endProperty().get()).isEqualTo(d("2027-03-31"));
        assertThat(vm.seatsProperty().get()).isEqualTo("12");
        assertThat(vm.perSeatProperty().get()).isEqualTo("126.00");
        assertThat(vm.totalProperty().get()).isEmpty();
        assertThat(vm.basisProperty().get()).contains("+5.0 %");
    }

    @Test
    void withoutAReviewRenewKeepsTheSeatsAndTheLastPrice() {
        long id = annualLicense();

        RenewDialogViewModel vm = renewForm(id);

        assertThat(vm.seatsProperty().get()).isEqualTo("10");
        assertThat(vm.perSeatProperty().get()).isEqualTo("120.00");
        assertThat(vm.basisProperty().get()).doesNotContain("%");
    }

    @Test
    void typedTextThatIsNoNumberIsRefusedUnderItsFieldNamingItAndNothingIsSaved() {
        long id = annualLicense();
        RenewDialogViewModel vm = renewForm(id);
        vm.seatsProperty().set("twelve");
        vm.perSeatProperty().set("a lot");

        vm.renew(saved::add);

        assertThat(vm.errors()).containsOnlyKeys("seats", "perSeat");
        assertThat(vm.errors().get("seats")).startsWith("Seats:").contains("twelve");
        assertThat(vm.errors().get("perSeat")).startsWith("Price per seat:").contains("a lot");
        assertThat(saved).isEmpty();
        assertThat(termCount(id)).isEqualTo(1);
    }

    @Test
    void theServicesRefusalsLandUnderTheirFields() {
        long id = annualLicense();
        RenewDialogViewModel vm = renewForm(id);
        vm.endProperty().set(d("2026-03-01"));

        vm.renew(saved::add);

        assertThat(vm.errors()).containsKey("end");
        assertThat(vm.errors().get("end")).contains("end date");
        assertThat(saved).isEmpty();
        assertThat(termCount(id)).isEqualTo(1);

        vm.endProperty().set(null);
        vm.renew(saved::add);
        assertThat(vm.errors().get("end")).isEqualTo(dev.seatledger.core.common.Messages.get("term.end.required"));
    }

    @Test
    void anArchivedLicenseIsRefusedAsAGeneralErrorSinceNoFieldShowsIt() {
        long id = annualLicense();
        RenewDialogViewModel vm = renewForm(id);
        s.licenses().archive(id);

        vm.renew(saved::add);

        assertThat(vm.generalErrorProperty().get()).contains("archived");
        assertThat(saved).isEmpty();
    }

    @Test
    void renewSavesTheNextTermWithItsPurchaseOrderAndAHistoryEntry() {
        long id = annualLicense();
        RenewDialogViewModel vm = renewForm(id);
        vm.purchaseOrderProperty().set("PO-2026");
        vm.invoiceNumberProperty().set("INV-77");

        vm.renew(saved::add);

        assertThat(vm.errors()).isEmpty();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.termNo()).isEqualTo(2);
            assertThat(c.cost()).isEqualByComparingTo("1200.00");
        });
        var term2 = new TermQuery(s.tx(), db.clock()).history(id).terms().get(1);
        assertThat(term2.purchaseOrder()).isEqualTo("PO-2026");
        assertThat(term2.invoiceNumber()).isEqualTo("INV-77");
        assertThat(s.history().of(SubjectType.LICENSE, id, 10)).extracting(h -> h.action())
            .contains(HistoryAction.RENEW);
    }

    @Test
    void addSeatsQuotesTheProratedCostBeforeSaving() {
        long id = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10)
            .costPerSeat(new BigDecimal("120.00")).billingCycle(BillingCycle.ANNUAL).startDate(d("2026-01-01"))
            .expiryDate(d("2026-12-31")).build()).id();
        AddSeatsDialogViewModel vm = new AddSeatsDialogViewModel(terms, new CurrentThreadTaskExecutor(), id,
            LocalDate.now(db.clock()));
        assertThat(vm.quoteProperty().get()).isEqualTo(dev.seatledger.core.common.Messages.get("termui.addSeats.quote.none"));

        vm.seatsProperty().set("2");

        // 2 × 120.00 × 292 days (15 March to 31 December) / 365 days = 192.00
        assertThat(vm.quotedProperty().get().cost()).isEqualByComparingTo("192.00");
        assertThat(vm.quoteProperty().get()).contains(Money.format(new BigDecimal("192.00"), "EUR"));
        assertThat(s.licenses().draftOf(id).seatsTotal()).as("nothing saved by the quote").isEqualTo(10);

        vm.fromProperty().set(d("2025-06-01"));
        assertThat(vm.quotedProperty().get()).isNull();
        assertThat(vm.quoteProperty().get()).contains("No term of this license holds");
        vm.save(saved::add);
        assertThat(vm.errors()).containsKey("from");
        assertThat(saved).isEmpty();

        vm.fromProperty().set(d("2026-03-15"));
        vm.save(saved::add);
        assertThat(saved).singleElement().satisfies(c -> assertThat(c.cost()).isEqualByComparingTo("192.00"));
        assertThat(s.licenses().draftOf(id).seatsTotal()).isEqualTo(12);
    }
}
