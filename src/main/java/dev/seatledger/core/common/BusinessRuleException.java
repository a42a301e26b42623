package dev.seatledger.core.common;

/** A refusal the user must see verbatim, e.g. "No seats remaining on this license". */
public class BusinessRuleException extends RuntimeException {
    public BusinessRuleException(String message) {
        super(message);
    }
}
