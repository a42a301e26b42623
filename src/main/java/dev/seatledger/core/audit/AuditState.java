package dev.seatledger.core.audit;

import java.time.LocalDate;

/** Whether an audit is open on a license (with who/when), and the next scheduled audit date. */
public record AuditState(AuditRow open, LocalDate nextAuditDate, int seatsUsed) {
    public boolean inProgress() {
        return open != null;
    }
}
