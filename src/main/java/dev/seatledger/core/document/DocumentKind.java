package dev.seatledger.core.document;

/** What a document is to the license it belongs to. */
public enum DocumentKind {
    CONTRACT, ORDER_FORM, QUOTE, INVOICE, OTHER
}
