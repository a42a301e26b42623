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
                select d.id, d.hostname, pe.display_name, d.last_seen,
                       (select count(*) from installed_app ia where ia.device_id = d.id and ia.installed)
                from device d left join person pe on pe.id = d.primary_person_id
                order by lower(d.hostname)""", Object[].class).setMaxResults(limit).getResultList().stream()
            .map(r -> new DeviceRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], dev.seatledger.core.common.SqlValues.instant(r[3]),
                ((Number) r[4]).longValue())).toList());
    }

    public List<UnknownApp> unknownApps(int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select ia.app_key, max(ia.display_name), count(distinct ia.device_id)
                from installed_app ia
                where ia.installed and not exists (select 1 from app_product ap where ap.alias_key in (ia.app_key, ia.name_key))
                group by ia.app_key order by count(distinct ia.device_id) desc, ia.app_key""", Object[].class)
            .setMaxResults(limit).getResultList().stream()
            .map(r -> new UnknownApp((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
    }

    public List<UnusedSeat> paidUnused(int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select a.id, case when l.name is null then p.name else p.name || ' — ' || l.name end,
                       pe.display_name, pe.email,
                       case when exists (select 1 from device d join installed_app ia on ia.device_id = d.id
                            join app_product ap on ap.alias_key in (ia.app_key, ia.name_key)
                            where d.primary_person_id = pe.id and ap.product_id = l.product_id and ia.installed)
                            then true else false end
                from assignment a join license l on l.id = a.license_id join product p on p.id = l.product_id
                join person pe on pe.id = a.person_id
                where a.revoked_at is null and l.archived_at is null
                  and exists (select 1 from device d join installed_app x on x.device_id = d.id where d.primary_person_id = pe.id)
                  and not exists (select 1 from device d join installed_app ia on ia.device_id = d.id
                        join app_product ap on ap.alias_key in (ia.app_key, ia.name_key)
                        where d.primary_person_id = pe.id and ap.product_id = l.product_id and ia.installed
                          and (not ia.usage_tracked or ia.last_used is not null))
                order by p.name, pe.display_name""", Object[].class)
            .setMaxResults(limit).getResultList().stream()
            .map(r -> new UnusedSeat(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4])).toList());
    }

    public List<ShadowApp> shadowIt(int limit) {
        return tx.read(s -> s.createNativeQuery("""
                select ap.product_id, pr.name, count(distinct ia.device_id)
                from installed_app ia join app_product ap on ap.alias_key in (ia.app_key, ia.name_key)
                join product pr on pr.id = ap.product_id
                where ia.installed and not exists (select 1 from license l where l.product_id = ap.product_id
                      and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL', 'TRIAL'))
                group by ap.product_id, pr.name order by count(distinct ia.device_id) desc""", Object[].class)
            .setMaxResults(limit).getResultList().stream()
            .map(r -> new ShadowApp(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue())).toList());
    }

}
