package dev.seatledger.core.people;

public enum PersonSource {
    MANUAL, IMPORT
}
