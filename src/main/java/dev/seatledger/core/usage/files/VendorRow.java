package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;

/** One account of a vendor's user export: listed (active, billable), then its last activity in one application. */
final class VendorRow {
    private VendorRow() {
    }

    /**
     * Reports the account and, for a person, its use of {@code application} on the day {@code lastActive} names
     * ("never" and blank give a use without a day); a bad date is a problem of the line.
     */
    static void report(UsageSink sink, int line, String account, String accountField, UsageSink.AccountKind kind,
                       boolean active, Boolean billable, String application, String lastActive, String dateField) {
        if (account == null) {
            sink.problem(line, accountField, Messages.get("usage.noAccount"));
            return;
        }
        sink.account(line, account, kind, active, billable);
        if (kind != UsageSink.AccountKind.PERSON) {
            return;
        }
        if (Timestamps.never(lastActive)) {
            sink.use(line, account, application, null, null);
            return;
        }
        Timestamps.Stamp at = Fields.stamp(sink, line, dateField, lastActive);
        if (at != null) {
            sink.use(line, account, application, null, at.day());
        }
    }
}
