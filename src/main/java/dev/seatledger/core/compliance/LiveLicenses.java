package dev.seatledger.core.compliance;

import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The licenses whose seats count (active or pending renewal, not archived; the same as Utilization's) with their
 * current term's seats and price as the license row carries them (ADR 0045).
 */
final class LiveLicenses {
    static final String WHERE = "l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')";

    private static final String SQL = "select l.id, l.product_id, p.name, l.seat_type, l.seats_total, l.seats_used,"
        + " l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.currency, l.billing_cycle"
        + " from license l join product p on p.id = l.product_id where " + WHERE;

    record Live(long id, long productId, String product, SeatType seatType, Integer seats, int used, String currency,
                BigDecimal annual) {
        /** The yearly cost of one seat; null for one-time, unlimited or unpriced licenses. */
        BigDecimal yearlyPerSeat() {
            return annual == null || seats == null || seats < 1 || seatType == SeatType.UNLIMITED ? null
                : annual.divide(BigDecimal.valueOf(seats), java.math.MathContext.DECIMAL64);
        }
    }

    private LiveLicenses() {
    }

    /** Amounts to the cent before they are annualized, as the spend dashboard's run-rate takes them. */
    private static BigDecimal cents(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static List<Live> read(Session session) {
        List<Live> out = new ArrayList<>();
        for (Object[] r : session.createNativeQuery(SQL, Object[].class).getResultList()) {
            SeatType type = SeatType.valueOf((String) r[3]);
            Integer seats = r[4] == null ? null : ((Number) r[4]).intValue();
            BigDecimal annual = CostMath.annualized(BillingCycle.valueOf((String) r[10]),
                cents(CostMath.periodTotal(SqlValues.decimal(r[6]), SqlValues.decimal(r[7]), seats, type)),
                cents(SqlValues.decimal(r[8])));
            out.add(new Live(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], type, seats,
                ((Number) r[5]).intValue(), (String) r[9], annual));
        }
        return out;
    }
}
