package dev.seatledger.core.seatgroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.Transactions;
import java.util.List;

/** The kept counts of active seats per license and holder group against the same counts grouped from the seats. */
final class SeatGroupTally {
    private SeatGroupTally() {
    }

    /** The groups with active seats as seat_group_count keeps them: "license | department | cost centre | seats". */
    static List<String> kept(Transactions tx) {
        return rows(tx, "select license_id, department, cost_centre, seats from seat_group_count where seats <> 0"
            + " order by license_id, department, cost_centre");
    }

    /** The same groups counted from the active seats themselves. */
    static List<String> recounted(Transactions tx) {
        return rows(tx, "select license_id, holder_department, holder_cost_centre, count(*) from assignment"
            + " where revoked_at is null group by license_id, holder_department, holder_cost_centre"
            + " order by license_id, holder_department, holder_cost_centre");
    }

    /** Asserts the kept counts equal the recount after {@code step}; returns them. */
    static List<String> assertExact(Transactions tx, String step) {
        List<String> kept = kept(tx);
        assertThat(kept).as("seat_group_count after %s", step).isEqualTo(recounted(tx));
        return kept;
    }

    private static List<String> rows(Transactions tx, String sql) {
        return tx.read(s -> s.createNativeQuery(sql, Object[].class).getResultList().stream()
            .map(r -> r[0] + " | " + r[1] + " | " + r[2] + " | " + ((Number) r[3]).longValue()).sorted().toList());
    }
}
