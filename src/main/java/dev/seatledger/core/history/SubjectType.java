package dev.seatledger.core.history;

/** The kind of record a history entry or notification belongs to. */
public enum SubjectType {
    PRODUCT, LICENSE, PERSON,
    /** A reported application (id of {@code reported_app}): decisions that name no product, such as ignoring it. */
    APPLICATION
}
