package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.recognition.Reason;
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

    /**
     * An application no product matches: how many devices have it, what the knowledge base knows it as (or null), and
     * its best suggestion (product id and name, confidence 0 to 1, the reason in words), or nulls. {@code hidden} says
     * why a hidden one is ({@code free}, {@code system}, {@code runtime}, {@code component}, or {@code ignored} by the
     * user); null for a listed one.
     */
    public record UnknownApp(String appKey, String name, long devices, String knownAs, Long suggestionId,
                             String suggestion, Double confidence, String reason, String hidden) {
        public UnknownApp(String appKey, String name, long devices) {
            this(appKey, name, devices, null, null, null, null, null, null);
        }

        /** Hidden because the user chose to ignore it (so "show again" can take that back). */
        public boolean ignoredByUser() {
            return "ignored".equals(hidden);
        }
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

    /** Installed applications no product matches, free, system and ignored ones left out; most devices first. */
    public List<UnknownApp> unknownApps(int limit) {
        return applicationsWithout("unknown", limit);
    }

    /** The free, system and runtime software and the applications the user ignored, that unknown applications hide. */
    public List<UnknownApp> hiddenApps(int limit) {
        return applicationsWithout("ignored", limit);
    }

    /** Every reported application with its match, most devices first (for {@code report applications}). */
    public List<ApplicationRow> applications() {
        return tx.read(s -> s.createNativeQuery("""
                select r.display_name, r.app_key, r.name_key, r.source, r.devices, p.name, r.match_kind, sp.name,
                       r.confidence, r.known_as, r.reason
                from reported_app r left join product p on p.id = r.product_id
                left join product sp on sp.id = r.suggestion_id and sp.archived_at is null
                order by r.devices desc, r.display_name, r.id""", Object[].class).getResultList().stream()
            .map(r -> {
                String source = (String) r[3];
                boolean pkg = "deb".equals(source) || "rpm".equals(source);
                boolean bundle = !pkg && !r[1].equals(r[2]);
                boolean suggested = r[7] != null && r[5] == null;
                Reason reason = Reason.decode((String) r[10]);
                return new ApplicationRow((String) r[0], bundle ? (String) r[1] : null, pkg ? (String) r[0] : null,
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], suggested ? (String) r[7] : null,
                    suggested && r[8] != null ? ((Number) r[8]).doubleValue() : null, (String) r[9],
                    reason == null ? null : reason.text());
            }).toList());
    }

    /** How many installed applications unknown applications hide (free, system, runtime, ignored). */
    public long hiddenCount() {
        return tx.read(s -> s.createNativeQuery("select count(*) from reported_app where match_kind = 'ignored'"
            + " and devices > 0", Long.class).getSingleResult().longValue());
    }

    private List<UnknownApp> applicationsWithout(String kind, int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select r.app_key, r.display_name, r.devices, r.known_as, p.id, p.name, r.confidence, r.reason
                from reported_app r left join product p on p.id = r.suggestion_id and p.archived_at is null
                where r.product_id is null and r.match_kind = :kind and r.devices > 0
                order by r.devices desc, r.app_key""", Object[].class)
            .setParameter("kind", kind).setMaxResults(limit).getResultList().stream()
            .map(r -> {
                Reason reason = Reason.decode((String) r[7]);
                boolean suggested = r[4] != null;
                return new UnknownApp((String) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    suggested ? ((Number) r[4]).longValue() : null, (String) r[5],
                    suggested && r[6] != null ? ((Number) r[6]).doubleValue() : null,
                    reason == null ? null : reason.text(), hiddenKind(kind, reason));
            }).toList());
    }

    private static String hiddenKind(String kind, Reason reason) {
        if (!"ignored".equals(kind)) {
            return null;
        }
        return reason == null || reason.hiddenKind() == null ? "ignored" : reason.hiddenKind();
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
