package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.Transactions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Devices, unknown applications, and the two reconciliation lists. */
public class TelemetryQuery {
    private final Transactions tx;

    public TelemetryQuery(Transactions tx) {
        this.tx = tx;
    }

    public record DeviceRow(long id, String hostname, String primaryUser, Instant lastSeen, long apps) {
    }

    public record UnknownApp(String appKey, String name, long devices) {
    }

    /** A paid seat whose holder's devices report the product not installed, or installed but never used. */
    public record UnusedSeat(long assignmentId, String license, String holder, String email, boolean installed) {
    }

    /** An application installed on devices with no active license for its product. */
    public record ShadowApp(long productId, String product, long devices) {
    }

    public List<DeviceRow> devices(int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select d.id, d.hostname, pe.display_name, d.last_seen, d.apps_installed
                from device d left join person pe on pe.id = d.primary_person_id
                order by d.host_key""", Object[].class).setMaxResults(limit).getResultList().stream()
            .map(r -> new DeviceRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], dev.seatledger.core.common.SqlValues.instant(r[3]),
                ((Number) r[4]).longValue())).toList());
    }

    public List<UnknownApp> unknownApps(int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select app_key, display_name, devices from reported_app
                where product_id is null and devices > 0
                order by devices desc, app_key""", Object[].class)
            .setMaxResults(limit).getResultList().stream()
            .map(r -> new UnknownApp((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
    }

    /**
     * Seats whose holder's devices report telemetry but not the product in use, by product then holder. Read
     * from the people with a device (a small share of the seats' holders), a chunk of people at a time.
     */
    public List<UnusedSeat> paidUnused(int limit) {
        return tx.read(s -> s.doReturningWork(c -> PaidUnused.read(c, limit)));
    }

    /**
     * Products without a live license that devices have installed, by the number of devices. A product's count is
     * its application's device count (kept on {@code reported_app}); a product several applications match is
     * counted device by device, so a device with two of them counts once.
     */
    public List<ShadowApp> shadowIt(int limit) {
        return tx.read(s -> s.doReturningWork(c -> ShadowIt.read(c, limit)));
    }
}
