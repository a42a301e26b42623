package dev.seatledger.core.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.license.AddSeatsRequest;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.license.TermService;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review pack's figures read back from the PDF. Slack: 10 seats at 8.00 USD a month for 2025-04-01..2026-03-31
 * (today 2026-03-15), 2 more from 2026-03-01 (2 × 96.00 × 31 / 365 = 16.31 USD); six holders: two used it this
 * month, two not since October, one inactive, one signed in lately without telemetry. 1 USD = 0.90 EUR.
 */
class ReviewPackPdfTest {
    private TestDatabase db;
    private AppServices s;
    private ReviewPackQuery query;
    private long slack;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.90"), LocalDate.of(2026, 3, 1));
        long product = s.products().create(ProductDraft.of("Slack", "Salesforce", null));
        slack = s.licenses().create(LicenseDraft.defaults(product).copy().name("Business+").seatsTotal(10)
            .costPerSeat(new BigDecimal("8.00")).currency("USD").billingCycle(BillingCycle.MONTHLY)
            .startDate(LocalDate.of(2025, 4, 1)).expiryDate(LocalDate.of(2026, 3, 31)).businessOwner("Dana Ortiz")
            .purchaseOrder("PO-77").build()).id();
        List<TelemetryRecord> telemetry = new ArrayList<>();
        String[] names = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"};
        for (int i = 0; i < names.length; i++) {
            String email = names[i].toLowerCase() + "@example.com";
            PersonDraft d = PersonDraft.of(names[i], email, i < 3 ? "Sales" : "Support");
            if (i == 5) {
                d = d.withLastSignIn(LocalDate.of(2026, 3, 10));
            }
            long p = s.people().create(d);
            s.assignments().assign(slack, p, AssignmentDraft.EMPTY);
            if (i == 4) {
                s.people().update(p, s.people().draftOf(p).withStatus(PersonStatus.INACTIVE));
            }
            if (i < 4) {
                telemetry.add(new TelemetryRecord(i + 2, "host-" + i, email, "Slack", null, "4", true,
                    i < 2 ? LocalDate.of(2026, 3, 12) : LocalDate.of(2025, 10, 2), true, Instant.parse("2026-03-14T08:00:00Z")));
            }
        }
        s.telemetryImporter().importParsed(new ParsedTelemetry(telemetry, List.of()), Progress.NONE);
        db.assignSeatsDaysAgo(200);
        TermService terms = new TermService(s.tx(), db.clock(), s.operator());
        terms.addSeats(new AddSeatsRequest(slack, 2, LocalDate.of(2026, 3, 1), null, null));
        s.renewalReviews().save(slack, Decision.RENEGOTIATE, 4, new BigDecimal("-10"), "Ask for four seats");
        query = new ReviewPackQuery(s.tx(), db.clock(), new TermQuery(s.tx(), db.clock()), s.utilization(), s.finance());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String pdfText(ReviewPack pack) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPackPdf().write(pack, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int figure(String text, String label) {
        Matcher m = Pattern.compile(label + ": (\\d+)").matcher(text);
        assertThat(m.find()).as(label).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void oneLicensesPackStatesItsSeatsEvidenceDecisionAndCosts() throws Exception {
        String text = pdfText(query.pack("EUR", slack));

        assertThat(figure(text, "Bought")).isEqualTo(12);
        assertThat(figure(text, "Assigned")).isEqualTo(6);
        assertThat(figure(text, "Active")).isEqualTo(2);
        assertThat(figure(text, "Dormant")).isEqualTo(3);
        assertThat(figure(text, "Suggested")).isEqualTo(3);
        assertThat(figure(text, "Target seats")).isEqualTo(4);
        assertThat(text).contains("Slack \u2014 Business+", "Decision: Renegotiate", "Price change: -10.0 %",
            "Notes: Ask for four seats", "Owner Dana Ortiz");
        // 12 seats × 8.00 × 12 = 1,152.00 USD a year, 1,036.80 EUR; three dormant seats 288.00 USD, 259.20 EUR
        assertThat(text).contains("Yearly cost: " + Money.format(new BigDecimal("1152.00"), "USD") + " ("
            + Money.format(new BigDecimal("1036.80"), "EUR") + ")");
        assertThat(text).contains("dormant seats: " + Money.format(new BigDecimal("288.00"), "USD") + " ("
            + Money.format(new BigDecimal("259.20"), "EUR") + ")");
        assertThat(text).contains(Money.format(new BigDecimal("16.31"), "USD") + " prorated", "PO-77");
        assertThat(text).contains("Cleo", "Dev", "Eli").doesNotContain("Fay\u0020");
        assertThat(text).contains("User status", "Real usage");
    }

    @Test
    void theNext90DaysPackTotalsInTheBaseCurrencyAndNamesWhatHasNoRate() throws Exception {
        long product = s.products().create(ProductDraft.of("Miro", "Miro", null));
        s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).costPerSeat(new BigDecimal("100"))
            .currency("GBP").expiryDate(LocalDate.of(2026, 5, 1)).build());
        s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).costPerSeat(new BigDecimal("100"))
            .expiryDate(LocalDate.of(2026, 4, 20)).build());
        s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).costPerSeat(new BigDecimal("100"))
            .expiryDate(LocalDate.of(2026, 9, 1)).build());
        ReviewPack pack = query.pack("EUR", null);
        assertThat(pack.items()).hasSize(3);
        // 1,036.80 (Slack) + 500.00 (Miro EUR); 500 GBP without a rate
        assertThat(pack.yearlyBase()).isEqualByComparingTo("1536.80");
        String text = pdfText(pack);
        assertThat(text).contains("3 licenses \u00b7 yearly cost " + Money.format(new BigDecimal("1536.80"), "EUR"));
        assertThat(text).contains(Money.format(new BigDecimal("500.00"), "GBP"));
    }

    @Test
    void anUnknownLicenseIsNamed() {
        assertThatThrownBy(() -> query.pack("EUR", 999L)).isInstanceOf(ValidationException.class)
            .hasMessage("No license with id 999");
    }
}
