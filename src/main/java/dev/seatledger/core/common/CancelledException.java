package dev.seatledger.core.common;

/** The user cancelled long work; whatever it had done in its transaction is rolled back. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super(Messages.get("common.cancelled"));
    }
}
