package dev.seatledger.core.document;

import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.document.extract.ContractDates;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.ContractMoney;
import dev.seatledger.core.document.extract.ContractRules;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractRulesTest {
    @TempDir Path dir;

    private static Map<ContractField, Proposal> propose(String text) {
        return ContractRules.propose(text).stream().collect(Collectors.toMap(Proposal::field, p -> p));
    }

    private static Map<ContractField, Object> values(String text) {
        return ContractRules.propose(text).stream().collect(Collectors.toMap(Proposal::field, Proposal::value));
    }

    private static String sample(String name) throws Exception {
        return String.join("\n", TestFiles.lines(name));
    }

    @Test
    void usOrderFormReadFromAGeneratedPdf() throws Exception {
        Path pdf = TestFiles.pdf(dir.resolve("acme.pdf"), TestFiles.lines("acme-crm-order-form.txt"));
        Map<ContractField, Object> v = values(DocumentText.extract(pdf, "acme.pdf"));
        assertThat(v).containsEntry(VENDOR, "Acme Cloud Software, Inc.")
            .containsEntry(PRODUCT, "Acme CRM Enterprise")
            .containsEntry(SEATS, 250)
            .containsEntry(START_DATE, LocalDate.of(2026, 4, 1))
            .containsEntry(END_DATE, LocalDate.of(2027, 3, 31))
            .containsEntry(NOTICE_DAYS, 90)
            .containsEntry(AUTO_RENEW, true)
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("45.00"))
            .containsEntry(TOTAL_PRICE, new BigDecimal("135000.00"))
            .containsEntry(CURRENCY, "USD")
            .containsEntry(BILLING_CYCLE, BillingCycle.ANNUAL)
            .containsEntry(PO_NUMBER, "PO-2026-0412")
            .doesNotContainKey(INVOICE_NUMBER);
    }

    @Test
    void germanAgreementWithDottedDatesEuroCommaDecimalsAndNoAutoRenewal() throws Exception {
        Map<ContractField, Object> v = values(sample("nordlicht-rahmenvertrag.txt"));
        assertThat(v).containsEntry(VENDOR, "Nordlicht Software GmbH")
            .containsEntry(PRODUCT, "Nordlicht PDM Professional")
            .containsEntry(SEATS, 40)
            .containsEntry(START_DATE, LocalDate.of(2026, 4, 1))
            .containsEntry(END_DATE, LocalDate.of(2028, 3, 31))
            .containsEntry(AUTO_RENEW, false)
            .containsEntry(NOTICE_DAYS, 90)
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("1234.56"))
            .containsEntry(TOTAL_PRICE, new BigDecimal("49382.40"))
            .containsEntry(CURRENCY, "EUR")
            .containsEntry(BILLING_CYCLE, BillingCycle.ANNUAL)
            .containsEntry(INVOICE_NUMBER, "RE-2026-00917");
    }

    @Test
    void britishQuoteReadFromWordWithPoundsAndSlashDates() throws Exception {
        Path docx = TestFiles.docx(dir.resolve("quote.docx"), TestFiles.lines("thames-analytics-quote.txt"));
        Map<ContractField, Object> v = values(DocumentText.extract(docx, "quote.docx"));
        assertThat(v).containsEntry(VENDOR, "Thames Analytics Ltd")
            .containsEntry(PRODUCT, "Thames Insight Cloud")
            .containsEntry(SEATS, 75)
            .containsEntry(START_DATE, LocalDate.of(2026, 4, 1))
            .containsEntry(END_DATE, LocalDate.of(2027, 3, 31))
            .containsEntry(RENEWAL_DATE, LocalDate.of(2027, 3, 31))
            .containsEntry(NOTICE_DAYS, 60)
            .containsEntry(AUTO_RENEW, true)
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("320.00"))
            .containsEntry(TOTAL_PRICE, new BigDecimal("24000.00"))
            .containsEntry(CURRENCY, "GBP")
            .containsEntry(BILLING_CYCLE, BillingCycle.QUARTERLY);
    }

    @Test
    void swissAgreementWithIsoDatesAndFrancs() throws Exception {
        Map<ContractField, Object> v = values(sample("alpen-secure-agreement.txt"));
        assertThat(v).containsEntry(VENDOR, "Alpen Secure AG")
            .containsEntry(PRODUCT, "Alpen Secure Vault")
            .containsEntry(SEATS, 120)
            .containsEntry(START_DATE, LocalDate.of(2026, 1, 1))
            .containsEntry(END_DATE, LocalDate.of(2026, 12, 31))
            .containsEntry(CURRENCY, "CHF")
            .containsEntry(TOTAL_PRICE, new BigDecimal("18000.00"))
            .containsEntry(BILLING_CYCLE, BillingCycle.MONTHLY)
            .containsEntry(NOTICE_DAYS, 30)
            .containsEntry(AUTO_RENEW, false);
    }

    @Test
    void everyProposalCarriesItsSnippetAndAConfidence() throws Exception {
        Map<ContractField, Proposal> p = propose(sample("acme-crm-order-form.txt"));
        assertThat(p.get(NOTICE_DAYS).snippet()).contains("ninety (90) days prior written notice");
        assertThat(p.get(TOTAL_PRICE).snippet()).contains("Total Contract Value: $135,000.00");
        assertThat(p.values()).allSatisfy(x -> {
            assertThat(x.confidence()).isBetween(0.0, 1.0);
            assertThat(x.snippet()).isNotBlank();
            assertThat(x.source()).isEqualTo(Proposal.Source.RULES);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-31|2026-03-31", "31/03/2026|2026-03-31", "31.03.2026|2026-03-31", "March 31, 2026|2026-03-31",
        "31 March 2026|2026-03-31", "31st Mar 2026|2026-03-31", "03/31/2026|2026-03-31", "Sept 1, 2026|2026-09-01",
        "1 of December 2026|2026-12-01"})
    void dateStyles(String text, String expected) {
        assertThat(ContractDates.parse(text)).contains(LocalDate.parse(expected));
        assertThat(values("The term ends on " + text + ".")).containsEntry(END_DATE, LocalDate.parse(expected));
    }

    @Test
    void impossibleDatesAreNotProposed() {
        assertThat(ContractDates.parse("31/02/2026")).isEmpty();
        assertThat(values("The term ends on 31/02/2026.")).doesNotContainKey(END_DATE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Total: $1,234.56|1234.56|USD", "Total: € 1.234,56|1234.56|EUR", "Total: 1.234,56 EUR|1234.56|EUR",
        "Total: £999|999|GBP", "Total: ¥120000|120000|JPY", "Total: CHF 18'000.00|18000.00|CHF",
        "Total amount: USD 12 500.00|12500.00|USD", "Total: EUR 1,234|1234|EUR", "Grand total: 2.500 €|2500|EUR"})
    void moneyStyles(String text, String amount, String currency) {
        Map<ContractField, Object> v = values(text);
        assertThat(v).containsEntry(TOTAL_PRICE, new BigDecimal(amount)).containsEntry(CURRENCY, currency);
        assertThat(ContractMoney.number(amount)).contains(new BigDecimal(amount));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Either party may cancel with 90 days prior written notice.|90",
        "Termination requires three (3) months' notice.|90",
        "subject to a notice period of 45 days|45",
        "upon sixty days' written notice|60",
        "Notice period: 2 months|60",
        "must be given at least 30 days before the end of the term|30",
        "with one (1) month's prior written notice|30",
        "with 4 weeks notice|28"})
    void noticeClauses(String text, int days) {
        assertThat(values(text)).containsEntry(NOTICE_DAYS, days);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This Agreement shall automatically renew for successive one-year terms.|true",
        "The subscription renews automatically.|true",
        "Subscriptions auto-renew unless cancelled.|true",
        "This Agreement will not automatically renew.|false",
        "The subscription shall not renew automatically.|false",
        "There is no automatic renewal.|false",
        "The license expires without renewal at the end of the term.|false",
        "This order is not subject to automatic renewal.|false"})
    void autoRenewWording(String text, boolean renews) {
        assertThat(values(text)).containsEntry(AUTO_RENEW, renews);
    }

    @Test
    void billingAndReferences() {
        assertThat(values("Fees are invoiced quarterly. PO #: 4500012345. Invoice number: INV-77-2026"))
            .containsEntry(BILLING_CYCLE, BillingCycle.QUARTERLY)
            .containsEntry(PO_NUMBER, "4500012345")
            .containsEntry(INVOICE_NUMBER, "INV-77-2026");
        assertThat(values("A perpetual license for a one-time fee.")).containsEntry(BILLING_CYCLE, BillingCycle.ONE_TIME);
        assertThat(values("Price: $12 per user per month, billed monthly."))
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("12")).containsEntry(BILLING_CYCLE, BillingCycle.MONTHLY);
    }

    @Test
    void textWithoutTermsProposesNothing() {
        assertThat(ContractRules.propose("Dear team, lunch is at noon on Friday. Regards")).isEmpty();
        assertThat(ContractRules.propose("")).isEmpty();
        assertThat(values("Invoice date: 2026-01-05")).doesNotContainKey(INVOICE_NUMBER);
        List<Proposal> none = ContractRules.propose("x".repeat(200_000));
        assertThat(none).isEmpty();
    }

    @Test
    void onlyTheFirstMillionCharactersAreRead() throws Exception {
        String terms = sample("thames-analytics-quote.txt");
        String padding = "Schedule of service descriptions and support hours. ".repeat(
            ContractRules.MAX_CHARS / 50);
        assertThat(values(terms + "\n" + padding)).containsEntry(SEATS, 75);
        assertThat(values(padding + "\n" + terms)).doesNotContainKey(SEATS);
    }
}
