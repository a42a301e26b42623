package dev.seatledger.core.compliance;

import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;

/**
 * One product's position for one seat type (ADR 0045): seats entitled by its live licenses' current terms (null when
 * unlimited), assigned (active seats), installed (devices reporting the product), active (seats with real use in the
 * dormancy window); the shortfall and its true-up exposure, the surplus and its shelfware cost per year, in the base
 * currency at the product's yearly price per seat. {@code seatType} is null for a product installed without a live
 * license. Concurrent, unlimited and unlicensed rows are shown apart: their shortfall and surplus are not computed
 * (null), except the unlicensed installations' shortfall.
 */
public record ComplianceRow(long productId, String product, SeatType seatType, int licenses, Integer entitled,
                            long assigned, long installed, long active, Long shortfall, Long surplus,
                            BigDecimal yearlyPerSeat, BigDecimal exposure, BigDecimal shelfware) {

    /** Rows shown apart from the user and device licenses' comparison. */
    public boolean apart() {
        return seatType == null || seatType == SeatType.CONCURRENT || seatType == SeatType.UNLIMITED;
    }
}
