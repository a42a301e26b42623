package dev.seatledger.core.common;

/** A problem the user can fix, tied to the form field (or import column) it concerns. */
public record FieldError(String field, String message) {
}
