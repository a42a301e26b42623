package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The "paid but unused" reconciliation list: active seats of live licenses whose holder has a device reporting
 * applications, none of which shows the product installed and in use (or installed, when usage is not tracked).
 * Driven from the people with a device: a single query over every seat makes the database test each of them.
 */
final class PaidUnused {
    private static final String SEATS = """
        select a.id, case when l.name is null then p.name else p.name || ' — ' || l.name end,
               pe.display_name, pe.email,
               case when exists (select 1 from device d join installed_app ia on ia.device_id = d.id
                    where d.primary_person_id = a.person_id and ia.product_id = l.product_id and ia.installed)
                    then true else false end,
               p.name
        from assignment a join license l on l.id = a.license_id join product p on p.id = l.product_id
        join person pe on pe.id = a.person_id
        where a.person_id in (%s) and a.revoked_at is null and l.archived_at is null
          and not exists (select 1 from device d join installed_app ia on ia.device_id = d.id
                where d.primary_person_id = a.person_id and ia.product_id = l.product_id and ia.installed
                  and (not ia.usage_tracked or ia.last_used is not null))""";

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::product)
        .thenComparing(r -> r.seat().holder(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(r -> r.seat().assignmentId());

    private PaidUnused() {
    }

    static List<TelemetryQuery.UnusedSeat> read(Connection c, int limit) throws SQLException {
        Set<Long> people = IdChunks.select(c, "select distinct d.primary_person_id from device d"
            + " where d.primary_person_id is not null and exists (select 1 from installed_app x where x.device_id = d.id)");
        List<Row> rows = new ArrayList<>();
        for (List<Long> part : IdChunks.chunks(people)) {
            try (PreparedStatement ps = IdChunks.prepare(c, SEATS, part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(6), new TelemetryQuery.UnusedSeat(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5))));
                }
            }
        }
        return rows.stream().sorted(ORDER).limit(limit).map(Row::seat).toList();
    }

    private record Row(String product, TelemetryQuery.UnusedSeat seat) {
    }
}
