package dev.seatledger.core.document;

import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.document.extract.ContractDates;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.ContractMoney;
import dev.seatledger.core.document.extract.ContractRules;
import dev.seatledger.core.document.extract.DateOrder;
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

/** The rules on the sample contracts and on each style of date, amount, notice and renewal wording they read. */
class ContractRulesTest {
    @TempDir Path dir;

    static Map<ContractField, Proposal> propose(String text) {
        return ContractRules.propose(text).stream().collect(Collectors.toMap(Proposal::field, p -> p));
    }

    static Map<ContractField, Object> values(String text) {
        return ContractRules.propose(text).stream().collect(Collectors.toMap(Proposal::field, Proposal::value));
    }

    /** Only what the review would tick. */
    static Map<ContractField, Object> sure(String text) {
        return ContractRules.propose(text).stream().filter(p -> p.confidence() >= Proposal.SURE)
            .collect(Collectors.toMap(Proposal::field, Proposal::value));
    }

    private static String sample(String name) throws Exception {
        return String.join("\n", TestFiles.lines(name));
    }

    @Test
    void usOrderFormReadFromAGeneratedPdfPricesPerBillingCycle() throws Exception {
        Path pdf = TestFiles.pdf(dir.resolve("acme.pdf"), TestFiles.lines("acme-crm-order-form.txt"));
        Map<ContractField, Proposal> p = ContractRules.propose(DocumentText.read(pdf, "acme.pdf")).stream()
            .collect(Collectors.toMap(Proposal::field, x -> x));
        assertThat(p.get(VENDOR).value()).isEqualTo("Acme Cloud Software, Inc.");
        assertThat(p.get(PRODUCT).value()).isEqualTo("Acme CRM Enterprise");
        assertThat(p.get(SEATS).value()).isEqualTo(250);
        assertThat(p.get(START_DATE).value()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(p.get(END_DATE).value()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(p.get(NOTICE_DAYS).value()).isEqualTo(90);
        assertThat(p.get(AUTO_RENEW).value()).isEqualTo(true);
        assertThat(p.get(BILLING_CYCLE).value()).isEqualTo(BillingCycle.ANNUAL);
        assertThat(p.get(PER_SEAT_PRICE).value()).as("$45 per user per month, billed annually")
            .isEqualTo(new BigDecimal("540.00"));
        assertThat(p.get(PER_SEAT_PRICE).derived()).isTrue();
        assertThat(p.get(TOTAL_PRICE).value()).as("250 × 540, and the contract value says the same")
            .isEqualTo(new BigDecimal("135000.00"));
        assertThat(p.get(CURRENCY).value()).isEqualTo("USD");
        assertThat(p.get(PO_NUMBER).value()).isEqualTo("PO-2026-0412");
        assertThat(p).doesNotContainKey(INVOICE_NUMBER);
    }

    @Test
    void germanAgreementWithDottedDatesEuroCommaDecimalsAndNoAutoRenewal() throws Exception {
        assertThat(sure(sample("nordlicht-rahmenvertrag.txt"))).containsEntry(VENDOR, "Nordlicht Software GmbH")
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
    void britishQuoteFromWordBilledQuarterlyIsPricedPerQuarter() throws Exception {
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
            .containsEntry(BILLING_CYCLE, BillingCycle.QUARTERLY)
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("80.00"))
            .containsEntry(TOTAL_PRICE, new BigDecimal("6000.00"))
            .containsEntry(CURRENCY, "GBP");
    }

    @Test
    void swissAgreementWithIsoDatesAndFrancs() throws Exception {
        assertThat(values(sample("alpen-secure-agreement.txt"))).containsEntry(VENDOR, "Alpen Secure AG")
            .containsEntry(PRODUCT, "Alpen Secure Vault")
            .containsEntry(SEATS, 120)
            .containsEntry(START_DATE, LocalDate.of(2026, 1, 1))
            .containsEntry(END_DATE, LocalDate.of(2026, 12, 31))
            .containsEntry(CURRENCY, "CHF")
            .containsEntry(BILLING_CYCLE, BillingCycle.MONTHLY)
            .containsEntry(TOTAL_PRICE, new BigDecimal("1500.00"))
            .containsEntry(NOTICE_DAYS, 30)
            .containsEntry(AUTO_RENEW, false);
    }

    @Test
    void everyProposalCarriesItsSourceSentenceAndAConfidence() throws Exception {
        Map<ContractField, Proposal> p = propose(sample("acme-crm-order-form.txt"));
        assertThat(p.get(NOTICE_DAYS).snippet()).contains("ninety (90) days prior written notice");
        assertThat(p.get(SEATS).snippet()).contains("250 named users");
        assertThat(p.values()).allSatisfy(x -> {
            assertThat(x.confidence()).isBetween(0.0, 1.0);
            assertThat(x.snippet()).isNotBlank();
            assertThat(x.source()).isEqualTo(Proposal.Source.RULES);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-31|2026-03-31", "31/03/2026|2026-03-31", "31.03.2026|2026-03-31", "31-03-2026|2026-03-31",
        "March 31, 2026|2026-03-31", "31 March 2026|2026-03-31", "31st Mar 2026|2026-03-31", "03/31/2026|2026-03-31",
        "Sept 1, 2026|2026-09-01", "1 of December 2026|2026-12-01", "April 1st, 2026|2026-04-01",
        "1. April 2026|2026-04-01", "1er avril 2026|2026-04-01", "31. Jänner 2027|2027-01-31", "2 maart 2026|2026-03-02",
        "15 août 2026|2026-08-15", "3 mei 2026|2026-05-03", "1. März 2026|2026-03-01", "15-Mar-2027|2027-03-15",
        "1-1-2027|2027-01-01"})
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
        "$1,234.50|1234.50|USD", "USD 54,000.00|54000.00|USD", "1.234,56 €|1234.56|EUR", "€ 1 234,56|1234.56|EUR",
        "€\u202f1\u202f234,56|1234.56|EUR", "5\u00a0040,00 €|5040.00|EUR", "CHF 4'500.00|4500.00|CHF",
        "CHF 1'250.–|1250|CHF", "£999|999|GBP", "¥120000|120000|JPY", "EUR 1.234,-|1234|EUR", "2.500 €|2500|EUR",
        "A$ 99.00|99.00|AUD", "600,00 $ CA|600.00|CAD", "CAD $120.00|120.00|CAD", "S$24,000|24000|SGD"})
    void moneyStyles(String text, String amount, String currency) {
        List<ContractMoney.Amount> all = ContractMoney.all("Fee: " + text + " per year");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).value()).isEqualByComparingTo(amount);
        assertThat(all.get(0).currency()).isEqualTo(currency);
        assertThat(values("Annual fee: " + text + ", billed annually.")).containsEntry(CURRENCY, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Either party may cancel with 90 days prior written notice.|90",
        "Termination requires three (3) months' notice.|90",
        "subject to a notice period of 45 days|45",
        "upon sixty days' written notice|60",
        "Notice period: 2 months|60",
        "Notice of cancellation must be given at least 30 days before the end of the term.|30",
        "with one (1) month's prior written notice|30",
        "with 4 weeks notice|28",
        "Kündigungsfrist: 6 Monate zum Vertragsende.|180",
        "wenn er nicht mit einer Frist von drei Monaten zum Ende der Laufzeit gekündigt wird.|90",
        "sauf dénonciation par lettre recommandée avec un préavis de trois mois.|90",
        "Résiliable à tout moment avec un préavis de 30 jours.|30",
        "met een opzegtermijn van 2 maanden.|60",
        "opzeggen kan tot drie maanden voor het einde van de looptijd.|90"})
    void noticeClauses(String text, int days) {
        assertThat(values(text)).containsEntry(NOTICE_DAYS, days);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Invoices are payable within thirty (30) days of the invoice date.",
        "A breach not remedied within thirty (30) days of notice may end the Agreement.",
        "We will send a renewal quote 60 days before the end of the term.",
        "Zahlbar innert 30 Tagen netto.",
        "The Buyer may extend the contract by written notice of at least one month."})
    void periodsThatAreNoNotice(String text) {
        assertThat(values(text)).doesNotContainKey(NOTICE_DAYS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This Agreement shall automatically renew for successive one-year terms.|true",
        "The subscription renews automatically.|true",
        "This Order Form renews for successive one-year terms unless either party objects.|true",
        "Der Vertrag verlängert sich automatisch um jeweils weitere 12 Monate.|true",
        "renouvelable par tacite reconduction pour des périodes successives de 12 mois|true",
        "De overeenkomst wordt daarna stilzwijgend verlengd met telkens 12 maanden.|true",
        "This Agreement will not automatically renew.|false",
        "The subscription shall not renew automatically.|false",
        "There is no automatic renewal.|false",
        "Keine automatische Verlängerung.|false",
        "Cette offre n'est pas soumise à reconduction tacite.|false",
        "Na afloop wordt de overeenkomst niet stilzwijgend verlengd.|false",
        "Automatische verlenging: nee|false"})
    void autoRenewWording(String text, boolean renews) {
        assertThat(values(text)).containsEntry(AUTO_RENEW, renews);
    }

    @Test
    void billingAndReferences() {
        assertThat(values("Fees are invoiced quarterly. PO #: 4500012345. Invoice number: INV-77-2026"))
            .containsEntry(BILLING_CYCLE, BillingCycle.QUARTERLY)
            .containsEntry(PO_NUMBER, "4500012345")
            .containsEntry(INVOICE_NUMBER, "INV-77-2026");
        assertThat(values("Price: $12 per user per month, billed monthly."))
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("12.00")).containsEntry(BILLING_CYCLE, BillingCycle.MONTHLY);
        assertThat(values("The licence fee is £9,600.00 payable every two years in advance."))
            .containsEntry(BILLING_CYCLE, BillingCycle.BIENNIAL).containsEntry(TOTAL_PRICE, new BigDecimal("9600.00"));
    }

    @Test
    void textWithoutTermsProposesNothing() {
        assertThat(ContractRules.propose("Dear team, lunch is at noon on Friday. Regards")).isEmpty();
        assertThat(ContractRules.propose("")).isEmpty();
        assertThat(values("Invoice date: 2026-01-05")).doesNotContainKey(INVOICE_NUMBER).doesNotContainKey(START_DATE);
        assertThat(ContractRules.propose("x".repeat(200_000))).isEmpty();
    }

    @Test
    void onlyTheFirstMillionCharactersAreRead() throws Exception {
        String terms = sample("thames-analytics-quote.txt");
        String padding = "Schedule of service descriptions and support hours. ".repeat(ContractRules.MAX_CHARS / 50);
        assertThat(values(terms + "\n" + padding)).containsEntry(SEATS, 75);
        assertThat(values(padding + "\n" + terms)).doesNotContainKey(SEATS);
    }

    @Test
    void slashDatesFollowTheDocument() {
        assertThat(DateOrder.values()).contains(DateOrder.UNKNOWN);
        assertThat(values("Start Date: 04/01/2026. End Date: 03/31/2027.")).containsEntry(START_DATE,
            LocalDate.of(2026, 4, 1));
        assertThat(values("Start Date: 04/01/2026. End Date: 31/03/2027.")).containsEntry(START_DATE,
            LocalDate.of(2026, 1, 4));
    }
}
