package dev.seatledger.core.document;

import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.document.extract.ContractDraft;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTermsTest {
    private TestDatabase db;
    private AppServices s;
    @TempDir Path dir;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void acceptedTermsFromAnAttachedPdfAreWrittenFieldByFieldWithHistory() throws Exception {
        long product = s.products().create(ProductDraft.of("Acme CRM Enterprise", "Acme", "Sales"));
        long license = s.licenses().create(LicenseDraft.defaults(product).withName("Sales team")).id();
        Path pdf = TestFiles.pdf(dir.resolve("acme.pdf"), TestFiles.lines("acme-crm-order-form.txt"));
        DocumentRow doc = s.documents().attach(license, pdf, DocumentKind.ORDER_FORM);

        Extraction ex = s.contractTerms().fromDocument(doc.id());
        List<ReviewLine> lines = s.contractTerms().review(license, ex);
        ReviewLine seats = lines.stream().filter(l -> l.proposal().field() == SEATS).findFirst().orElseThrow();
        assertThat(seats.currentValue()).isEqualTo("1");
        assertThat(seats.proposal().displayValue()).isEqualTo("250");
        assertThat(lines.stream().filter(l -> l.proposal().field() == PRODUCT).findFirst().orElseThrow().same()).isTrue();

        Set<ContractField> chosen = Set.of(SEATS, END_DATE, NOTICE_DAYS, AUTO_RENEW, TOTAL_PRICE, CURRENCY, PO_NUMBER);
        List<Proposal> accepted = ex.proposals().stream().filter(p -> chosen.contains(p.field())).toList();
        s.contractTerms().apply(license, accepted);

        LicenseDraft after = s.licenses().draftOf(license);
        assertThat(after.seatsTotal()).isEqualTo(250);
        assertThat(after.expiryDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(after.renewalNoticeDays()).isEqualTo(90);
        assertThat(after.autoRenew()).isTrue();
        assertThat(after.totalCost()).isEqualByComparingTo("135000");
        assertThat(after.currency()).isEqualTo("USD");
        assertThat(after.purchaseOrder()).isEqualTo("PO-2026-0412");
        assertThat(after.costPerSeat()).as("not ticked").isNull();
        assertThat(after.startDate()).as("not ticked").isNull();
        List<HistoryRow> h = s.history().of(SubjectType.LICENSE, license, 10);
        assertThat(h).extracting(HistoryRow::action).contains(HistoryAction.EDIT);
        assertThat(h.stream().filter(r -> r.action() == HistoryAction.EDIT).findFirst().orElseThrow().summary())
            .contains("250", "PO-2026-0412");
    }

    @Test
    void invalidAcceptedTermsAreRefusedWithTheFieldMessageAndNothingChanges() {
        long product = s.products().create(ProductDraft.of("Vault", "Alpen", "Security"));
        long license = s.licenses().create(LicenseDraft.defaults(product)
            .withDates(null, LocalDate.of(2026, 6, 1), null, null)).id();
        Proposal end = new Proposal(END_DATE, LocalDate.of(2026, 1, 1), "ends on 2026-01-01", 0.8,
            Proposal.Source.RULES);
        Proposal seats = new Proposal(SEATS, 9, "9 seats", 0.8, Proposal.Source.RULES);
        assertThatThrownBy(() -> s.contractTerms().apply(license, List.of(seats, end)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).byField()).containsKey("expiryDate"));
        assertThat(s.licenses().draftOf(license).seatsTotal()).isEqualTo(1);

        Proposal unknown = new Proposal(PRODUCT, "Nothing Like It", "x", 0.8, Proposal.Source.RULES);
        assertThatThrownBy(() -> s.contractTerms().apply(license, List.of(unknown)))
            .hasMessageContaining("no catalog product named “Nothing Like It”");
    }

    @Test
    void newLicenseFromContractCreatesTheCatalogProductOnceAndADraftToReview() throws Exception {
        Path contract = dir.resolve("nordlicht.txt");
        java.nio.file.Files.write(contract, TestFiles.lines("nordlicht-rahmenvertrag.txt"));

        ContractDraft draft = s.contractTerms().draftFrom(s.contractTerms().fromFile(contract), "nordlicht");
        assertThat(draft.productCreated()).isTrue();
        assertThat(draft.productName()).isEqualTo("Nordlicht PDM Professional");
        assertThat(s.catalog().options()).extracting(ProductOption::name, ProductOption::publisher)
            .contains(org.assertj.core.groups.Tuple.tuple("Nordlicht PDM Professional", "Nordlicht Software GmbH"));
        LicenseDraft d = draft.draft();
        assertThat(d.productId()).isEqualTo(draft.productId());
        assertThat(d.seatsTotal()).isEqualTo(40);
        assertThat(d.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(d.costPerSeat()).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(d.currency()).isEqualTo("EUR");
        assertThat(d.billingCycle()).isEqualTo(BillingCycle.ANNUAL);
        assertThat(d.invoiceNumber()).isEqualTo("RE-2026-00917");
        assertThat(d.vendor()).isEqualTo("Nordlicht Software GmbH");
        assertThat(s.licenses().create(d).id()).isPositive();

        ContractDraft again = s.contractTerms().draftFrom(s.contractTerms().fromFile(contract), "nordlicht");
        assertThat(again.productCreated()).isFalse();
        assertThat(again.productId()).isEqualTo(draft.productId());
    }
}
