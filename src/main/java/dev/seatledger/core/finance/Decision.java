package dev.seatledger.core.finance;

/** What the review meeting decided for an upcoming renewal. */
public enum Decision {
    UNDECIDED, RENEW, RENEGOTIATE, CANCEL
}
