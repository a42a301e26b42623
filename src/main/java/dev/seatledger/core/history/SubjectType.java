package dev.seatledger.core.history;

/** The kind of record a history entry or notification belongs to. */
public enum SubjectType {
    PRODUCT, LICENSE, PERSON
}
