package dev.seatledger.core.compliance;

/** What showback attributes seats to: the holder's department or cost centre, as kept on the seat. */
public enum ShowbackGrouping {
    DEPARTMENT, COST_CENTRE
}
