package dev.seatledger.core.finance;

/** Why a license is on the agenda: its expiry date or its renewal date. */
public enum AgendaKind {
    EXPIRY, RENEWAL
}
