package dev.seatledger.core.document;

import static dev.seatledger.core.document.ContractRulesTest.propose;
import static dev.seatledger.core.document.ContractRulesTest.sure;
import static dev.seatledger.core.document.ContractRulesTest.values;
import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The look-alikes, one by one: dates and amounts that are not the terms, and numbers written in words. */
class ContractTrapsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Quote valid until: 30 April 2026",
        "This quote is valid until 30 April 2026.",
        "Quote expires: 30 April 2026",
        "Angebot gültig bis 30.04.2026",
        "Valable jusqu'au : 30/04/2026",
        "Geldig tot: 30-04-2026"})
    void aQuotesValidityIsNeverTheTermEnd(String validity) {
        Map<ContractField, Object> v = values(validity + "\nStart date: 1 May 2026\nRenews monthly until cancelled.");
        assertThat(v).containsEntry(START_DATE, LocalDate.of(2026, 5, 1)).doesNotContainKey(END_DATE);
        assertThat(values(validity)).doesNotContainKey(END_DATE).doesNotContainKey(START_DATE);
    }

    @Test
    void invoiceDueAndSignatureDatesAreNotTerms() {
        Map<ContractField, Object> v = values("""
            Invoice Number: INV-5521
            Invoice Date: 12/03/2026
            Due Date: 11/04/2026
            Signed: 2 March 2026
            Service period: 01/04/2026 to 31/03/2027""");
        assertThat(v).containsEntry(START_DATE, LocalDate.of(2026, 4, 1)).containsEntry(END_DATE, LocalDate.of(2027, 3, 31))
            .containsEntry(INVOICE_NUMBER, "INV-5521");
        assertThat(values("THIS AGREEMENT is made on 3rd April 2026. This Agreement commences on 1st May 2026."))
            .containsEntry(START_DATE, LocalDate.of(2026, 5, 1));
    }

    @Test
    void theCurrentTermOfARenewalQuoteIsNotTheNewExpiry() {
        Map<ContractField, Object> v = sure("""
            Your current subscription (200 users) has a term ending 2026-05-31.
            Renewal Term: 2026-06-01 to 2027-05-31""");
        assertThat(v).containsEntry(START_DATE, LocalDate.of(2026, 6, 1)).containsEntry(END_DATE, LocalDate.of(2027, 5, 31))
            .doesNotContainKey(SEATS);
    }

    @Test
    void taxServicesShippingAndGrandTotalsAreNotTheSubscription() {
        Map<ContractField, Object> v = sure("""
            Description                                   Qty       Unit Price        Amount
            Acme Analytics Pro - annual subscription       20          $600.00     $12,000.00
            Implementation services (one-time)              1        $3,500.00      $3,500.00
            Shipping and handling                           1           $50.00         $50.00
                                                              Subtotal          $15,550.00
                                                              Sales tax (8%)     $1,244.00
                                                              Grand total       $16,794.00""");
        assertThat(v).containsEntry(TOTAL_PRICE, new BigDecimal("12000.00"))
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("600.00")).containsEntry(SEATS, 20)
            .containsEntry(PRODUCT, "Acme Analytics Pro").containsEntry(CURRENCY, "USD");
        Map<ContractField, Object> de = sure("""
            Leistung: Nordwind Teams Business
            Anzahl Benutzer: 25
            Preis pro Benutzer und Jahr: 96,00 €
            Einrichtung (einmalig): 750,00 €
            Zwischensumme: 3.150,00 €
            zzgl. 19 % MwSt.: 598,50 €
            Gesamtbetrag: 3.748,50 €""");
        assertThat(de).containsEntry(PER_SEAT_PRICE, new BigDecimal("96.00"))
            .containsEntry(TOTAL_PRICE, new BigDecimal("2400.00"));
    }

    @Test
    void aColumnOfNetPricesPerUserIsThePricePerSeatNotTheTotal() {
        Map<ContractField, Object> en = sure("""
            Product                               Users     Net / User     Annual Fee
            Corvane Service Cloud Professional      250         $84.00     $21,000.00
            Corvane Service Cloud Professional      300         $86.40     $25,920.00
                                                 Total Contract Value      $46,920.00""");
        assertThat(en).containsEntry(TOTAL_PRICE, new BigDecimal("21000.00"))
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("84.00")).containsEntry(SEATS, 250);
        assertThat(propose("""
            Product                               Users     Net / User     Annual Fee
            Corvane Service Cloud Professional      250         $84.00     $21,000.00""").get(TOTAL_PRICE).derived())
            .as("the annual fee is read from its column, not computed").isFalse();
        Map<ContractField, Object> de = sure("""
            Artikel                     Anzahl     Netto je Nutzer     Jahresbetrag
            Kaldera Sync Business           40             90,00 €       3.600,00 €""");
        assertThat(de).containsEntry(TOTAL_PRICE, new BigDecimal("3600.00"))
            .containsEntry(PER_SEAT_PRICE, new BigDecimal("90.00")).containsEntry(SEATS, 40);
    }

    @Test
    void ambiguousDayAndMonthIsDecidedByTheDocumentOrLeftUnsure() {
        assertThat(propose("Start Date: 04/01/2026. Annual Fee: $96,000.00").get(START_DATE))
            .satisfies(p -> assertThat(p.value()).isEqualTo(LocalDate.of(2026, 4, 1)))
            .satisfies(p -> assertThat(p.confidence()).isBetween(Proposal.SURE, 0.85));
        assertThat(values("Start Date: 04/01/2026. Annual Fee: £96,000.00")).containsEntry(START_DATE,
            LocalDate.of(2026, 1, 4));
        assertThat(values("Start Date: 04/01/2026. Invoice date: 13/12/2025")).containsEntry(START_DATE,
            LocalDate.of(2026, 1, 4));
        Proposal unsure = propose("Start Date: 04/01/2026.").get(START_DATE);
        assertThat(unsure.confidence()).as("no currency, no other date: left for the person").isLessThan(Proposal.SURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Number of Seats: twenty-five (25)|25",
        "for up to sixty (60) concurrent users|60",
        "für fünfzig (50) benannte Nutzer|50",
        "Anzahl Nutzer: fünfzig|50",
        "pour un nombre d'utilisateurs de vingt-cinq (25)|25",
        "Nombre d'utilisateurs : quatre-vingt-dix|90",
        "voor vijfentwintig (25) gelijktijdige gebruikers|25",
        "Licensed Users: one hundred and twenty|120",
        "für einhundertzwanzig Nutzer|120"})
    void wordsForNumbers(String text, int seats) {
        assertThat(values(text)).containsEntry(SEATS, seats);
    }

    @Test
    void additionalAndMinimumSeatsAreNotTheLicensedCount() {
        assertThat(values("Number of users: 250. The minimum order is 50 users; 20 additional users may be added."))
            .containsEntry(SEATS, 250);
        assertThat(sure("Customer: Lindqvist Group (approx. 1,200 employees). Users: 250")).containsEntry(SEATS, 250);
    }

    @Test
    void perSeatAndTotalAreReconciledWithTheSeatCount() {
        Map<ContractField, Proposal> p = propose("Users: 40\nPrice: $1,234.50 per user per year\n"
            + "Annual subscription fee: $49,380.00");
        assertThat(p.get(TOTAL_PRICE).confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(p.get(PER_SEAT_PRICE).confidence()).isGreaterThanOrEqualTo(0.9);
        Map<ContractField, Proposal> mismatch = propose("Users: 40\nPrice: $1,000.00 per user per year\n"
            + "Annual subscription fee: $49,380.00");
        assertThat(mismatch.get(TOTAL_PRICE).confidence()).isLessThan(Proposal.SURE);
        Map<ContractField, Proposal> derived = propose("Number of Licensed Users: 450\nFees: USD 54,000.00 per year");
        assertThat(derived.get(PER_SEAT_PRICE).value()).isEqualTo(new BigDecimal("120.00"));
        assertThat(derived.get(PER_SEAT_PRICE).derived()).isTrue();
    }

    @Test
    void derivedValuesAreMarkedDerived() {
        Map<ContractField, Proposal> p = propose("Start Date: July 1, 2026\nInitial Term: thirty-six (36) months\n"
            + "Price: $20 per user per month");
        assertThat(p.get(END_DATE).value()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(p.get(END_DATE).derived()).isTrue();
        assertThat(p.get(START_DATE).derived()).isFalse();
        assertThat(p.get(BILLING_CYCLE).value()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(p.get(BILLING_CYCLE).derived()).isTrue();
        assertThat(propose("The licence fee is £9,600.00 payable every two years in advance.").get(BILLING_CYCLE).value())
            .isEqualTo(BillingCycle.BIENNIAL);
    }

    @Test
    void quoteNumbersThatLookLikePurchaseOrdersAreNotPurchaseOrders() {
        assertThat(values("Quotation No.: 4500019873\nCustomer ref: CVC/ICT/2026/14\nPO Number: ________"))
            .doesNotContainKey(PO_NUMBER);
        assertThat(values("Offertenummer: 450001223\nUw inkoopordernummer: ______")).doesNotContainKey(PO_NUMBER);
        assertThat(values("Your reference: PO 88-4410")).containsEntry(PO_NUMBER, "88-4410");
    }
}
