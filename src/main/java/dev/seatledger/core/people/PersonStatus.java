package dev.seatledger.core.people;

public enum PersonStatus {
    ACTIVE, INACTIVE, OFFBOARDED
}
