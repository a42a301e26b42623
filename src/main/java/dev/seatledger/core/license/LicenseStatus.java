package dev.seatledger.core.license;

/** The commercial state, set only by the user; dates never change it. */
public enum LicenseStatus {
    ACTIVE, PENDING_RENEWAL, TRIAL, EXPIRED, CANCELLED
}
