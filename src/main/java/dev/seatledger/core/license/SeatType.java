package dev.seatledger.core.license;

/** What one seat is counted against; UNLIMITED stores no total and is skipped by seat-fill math. */
public enum SeatType {
    USER, DEVICE, CONCURRENT, UNLIMITED
}
