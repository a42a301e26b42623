package dev.seatledger.core.utilization;

/**
 * The one place that says what counts as a seat's real use: the usage facts kept on the seat (ADR 0026). Today that is
 * the agent's telemetry ({@code has_telemetry}, {@code last_used_at}); other evidence of use written into the seat's
 * usage facts (sign-ins, vendor activity) counts once it is named here. Readers that ask "was this seat really used
 * since the cutoff" use {@link #SINCE_CUTOFF} with the parameter {@code :cutoff} (a date).
 */
public final class RealUse {
    /** An active seat of an active holder with real use on or after {@code :cutoff}, judged on the seat alone. */
    public static final String SINCE_CUTOFF = "a.revoked_at is null and a.holder_status = 'ACTIVE'"
        + " and a.has_telemetry = true and a.last_used_at >= :cutoff";

    private RealUse() {
    }
}
