package dev.seatledger.core.utilization;

import dev.seatledger.core.usage.UsageSource;
import java.util.stream.Collectors;

/**
 * The one place that says what counts as a seat's real use: the seat's last use as the database derives it (V21,
 * ADR 0043), from the agent's telemetry, an SSO sign-in or a vendor's activity ({@code used_source} names which,
 * {@code used_at} the day), the same judgement dormancy makes ({@link DormantSql}). Readers that ask "how many seats
 * were really used since the cutoff" use {@link #countsByLicense} with the parameter {@code :cutoff} (a date).
 */
public final class RealUse {
    private RealUse() {
    }

    /**
     * Active seats of active holders with real use on or after {@code :cutoff}, counted per license, under the further
     * condition {@code and} (empty, or starting with {@code " and "}). One grouped read per source of real evidence,
     * each one range of the dormancy index {@code ix_assignment_idle_use} (revoked_at, holder_status, used_source,
     * used_at, …, license_id), which holds every column it reads: only the index entries of the seats used since the
     * cutoff are read, never a row. A license appears once per source it has seats of; readers add up its counts.
     */
    public static String countsByLicense(String and) {
        return UsageSource.REAL.stream()
            .map(s -> "select a.license_id, count(*) from assignment a where a.revoked_at is null"
                + " and a.holder_status = 'ACTIVE' and a.used_source = '" + s.name() + "' and a.used_at >= :cutoff"
                + and + " group by a.license_id")
            .collect(Collectors.joining(" union all "));
    }
}
