package dev.seatledger.core.utilization;

/** Which evidence judged a seat. */
public enum Signal {
    /** Endpoint telemetry reports use of the product on the holder's devices. */
    REAL_USAGE,
    /** No telemetry: the holder's last sign-in, a weak signal. */
    LOGIN_PROXY,
    /** The holder is inactive or offboarded: always reclaimable. */
    USER_STATUS
}
