package dev.seatledger.core.document.extract;

/**
 * A license term a contract can state. Value types: String (vendor, product, currency, PO, invoice), Integer
 * (seats, notice days), LocalDate (dates), Boolean (auto-renew), BigDecimal (prices), BillingCycle.
 */
public enum ContractField {
    VENDOR, PRODUCT, SEATS, START_DATE, END_DATE, RENEWAL_DATE, NOTICE_DAYS, AUTO_RENEW, TOTAL_PRICE, PER_SEAT_PRICE,
    CURRENCY, BILLING_CYCLE, PO_NUMBER, INVOICE_NUMBER
}
